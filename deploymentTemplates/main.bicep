// Runner's Knee Coach on Azure: web app, storage, Azure Bot (Teams + Direct Line + Web Chat), Key Vault for the
// secrets, Application Insights on a Log Analytics workspace, and for UserAssignedMSI or identity-based storage a
// user-assigned managed identity. Deploy into a resource group; the order and the commands are in README.md.

targetScope = 'resourceGroup'

@description('Short prefix for resource names (letters, digits, hyphens).')
@minLength(2)
@maxLength(11)
param baseName string = 'rkcoach'

@description('Region of the web app, plan, storage and identity. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('How the bot proves who it is: SingleTenant (app registration + secret in your tenant), MultiTenant (existing multi-tenant registrations only; new ones are deprecated) or UserAssignedMSI (the managed identity this template creates; no secret).')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'SingleTenant'

@description('Application (client) id of the bot\'s app registration. Required for SingleTenant and MultiTenant; ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('Client secret of that app registration. Required for SingleTenant and MultiTenant; must stay empty for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Tenant of the app registration (SingleTenant) or of the managed identity (UserAssignedMSI). Defaults to the deploying tenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('How the app reaches storage: ManagedIdentity (role assignments; the deployer needs Owner or User Access Administrator) or ConnectionString (the account key, kept in app settings).')
@allowed([
  'ManagedIdentity'
  'ConnectionString'
])
param storageAccess string = 'ManagedIdentity'

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, premium channels capped) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name the bot shows in Teams and Web Chat.')
param botDisplayName string = 'Runner\'s Knee Coach'

@description('Web app name; also the host name <name>.azurewebsites.net.')
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Blob container for conversation and user state.')
param stateContainerName string = 'botstate'

@description('Queue for workout timers.')
param timerQueueName string = 'workout-timers'

param tags object = {
  app: 'runners-knee-coach'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var isManagedIdentityBot = microsoftAppType == 'UserAssignedMSI'
var usesIdentityForStorage = storageAccess == 'ManagedIdentity'
var needsIdentity = isManagedIdentityBot || usesIdentityForStorage
var storageAccountName = take('${toLower(replace(baseName, '-', ''))}${suffix}', 24)
var keyVaultName = 'kv${take(toLower(replace(baseName, '-', '')), 9)}${suffix}'
var botName = '${baseName}-bot-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = if (needsIdentity) {
  name: '${baseName}-id-${suffix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${baseName}-logs-${suffix}'
    appInsightsName: '${baseName}-ai-${suffix}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    vaultName: keyVaultName
    location: location
    tags: tags
    workspaceId: monitoring.outputs.workspaceId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    storageAccountName: storageAccountName
    location: location
    tags: tags
    stateContainerName: stateContainerName
    timerQueueName: timerQueueName
    dataIdentityName: usesIdentityForStorage ? identity.name : ''
    allowSharedKeyAccess: !usesIdentityForStorage
    workspaceId: monitoring.outputs.workspaceId
  }
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
  dependsOn: [
    storage
  ]
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    webAppName: webAppName
    appServicePlanName: '${baseName}-plan-${suffix}'
    location: location
    tags: tags
    skuName: appServicePlanSku
    managedIdentityResourceId: needsIdentity ? identity.id : ''
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/azureBot.bicep' = {
  name: 'azureBot'
  params: {
    botName: botName
    displayName: botDisplayName
    tags: tags
    sku: botSku
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
    msaAppType: microsoftAppType
    msaAppId: isManagedIdentityBot ? identity!.properties.clientId : microsoftAppId
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : (isManagedIdentityBot ? identity!.properties.tenantId : microsoftAppTenantId)
    msaAppMSIResourceId: isManagedIdentityBot ? identity.id : ''
    webChatOrigin: 'https://${webApp.outputs.hostName}'
  }
}

// After the bot: the Direct Line secret is read from its channel.
module appSecrets 'modules/appSecrets.bicep' = {
  name: 'appSecrets'
  dependsOn: [
    keyVault
    bot
  ]
  params: {
    vaultName: keyVaultName
    botName: botName
    webAppName: webAppName
    webAppPrincipalId: webApp.outputs.principalId
    keepAppPassword: !isManagedIdentityBot && !empty(microsoftAppPassword)
    keepStorageConnectionString: !usesIdentityForStorage
    microsoftAppPassword: isManagedIdentityBot ? '' : microsoftAppPassword
    storageConnectionString: usesIdentityForStorage
      ? ''
      : 'DefaultEndpointsProtocol=https;AccountName=${storageAccountName};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

// Last: App Service resolves the Key Vault references when the settings change, so the secrets and the app's
// access to them exist by then.
module appSettings 'modules/appSettings.bicep' = {
  name: 'appSettings'
  params: {
    webAppName: webAppName
    microsoftAppType: microsoftAppType
    microsoftAppId: isManagedIdentityBot ? identity!.properties.clientId : microsoftAppId
    appCredentialReference: appSecrets.outputs.appCredentialReference
    microsoftAppTenantId: microsoftAppType == 'MultiTenant' ? '' : (isManagedIdentityBot ? identity!.properties.tenantId : microsoftAppTenantId)
    storageManagedIdentityClientId: usesIdentityForStorage ? identity!.properties.clientId : ''
    blobAccountUrl: storage.outputs.blobEndpoint
    storageConnectionReference: appSecrets.outputs.storageConnectionReference
    stateContainerName: storage.outputs.stateContainerName
    timerQueueName: storage.outputs.timerQueueName
    directLineReference: appSecrets.outputs.directLineReference
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
  }
}

@description('The messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.outputs.endpoint

@description('The web app\'s URL (the web chat page lives here).')
output webAppUrl string = 'https://${webApp.outputs.hostName}'

@description('Host name to pass as BotHost when building the Teams app package.')
output webAppHostName string = webApp.outputs.hostName

output webAppName string = webApp.outputs.name

@description('For the Microsoft 365 Agents Toolkit\'s zip deploy (m365agents.yml reads it as WEBAPPRESOURCEID).')
output webAppResourceId string = resourceId('Microsoft.Web/sites', webAppName)
output botName string = bot.outputs.name
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name

@description('The bot\'s Microsoft App Id: the botId of the Teams manifest (BotAppId when building the package).')
output microsoftAppId string = isManagedIdentityBot ? identity!.properties.clientId : microsoftAppId
