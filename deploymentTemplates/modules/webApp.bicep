// App Service plan and the Linux web app that hosts the bot (POST /api/messages, the web chat page, the timers).

param webAppName string
param appServicePlanName string
param location string
param tags object

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
param skuName string

@description('SingleTenant, MultiTenant or UserAssignedMSI.')
param microsoftAppType string

@description('The bot\'s Microsoft App Id (the managed identity\'s client id for UserAssignedMSI).')
param microsoftAppId string

@description('Client secret for SingleTenant/MultiTenant; empty for UserAssignedMSI.')
@secure()
param microsoftAppPassword string

@description('Tenant of a SingleTenant or UserAssignedMSI bot; empty for MultiTenant.')
param microsoftAppTenantId string

@description('Resource id of the user-assigned identity attached to the app; empty for none.')
param managedIdentityResourceId string

@description('Client id of that identity when the app reaches storage with it; empty otherwise.')
param storageManagedIdentityClientId string

param blobAccountUrl string

@description('Key-based connection string of the storage account; empty when the managed identity is used.')
@secure()
param storageConnectionString string

param stateContainerName string
param timerQueueName string

@description('Direct Line secret the web chat page trades for tokens; empty until the Direct Line channel exists.')
@secure()
param directLineSecret string

// Timers use Azure Storage Queues on the same account as the Blob state (the bot picks them when Blob is configured).
// The configuration keys the bot reads (':' becomes '__' in App Service). Entries left empty are not written,
// so each identity type and storage mode gets exactly its own keys. The deployment tests read these names.
var appSettingCandidates = {
  MicrosoftAppType: microsoftAppType
  MicrosoftAppId: microsoftAppId
  MicrosoftAppPassword: microsoftAppPassword
  MicrosoftAppTenantId: microsoftAppTenantId
  Storage__Provider: 'Blob'
  Storage__Blob__AccountUrl: empty(storageConnectionString) ? blobAccountUrl : ''
  Storage__Blob__ConnectionString: storageConnectionString
  Storage__Blob__ManagedIdentityClientId: storageManagedIdentityClientId
  Storage__Blob__ContainerName: stateContainerName
  Timers__Queue__QueueName: timerQueueName
  Bot__PublicBaseUrl: 'https://${webAppName}.azurewebsites.net'
  DirectLine__Secret: directLineSecret
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: appServicePlanName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: empty(managedIdentityResourceId)
    ? { type: 'None' }
    : {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${managedIdentityResourceId}': {}
        }
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet RunnersKnee.Bot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz/ready'
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: toObject(filter(items(appSettingCandidates), setting => !empty(setting.value)), setting => setting.key, setting => setting.value)
}

output name string = site.name
output hostName string = site.properties.defaultHostName
