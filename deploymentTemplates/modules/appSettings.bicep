// The web app's app settings. Secrets are Key Vault references (@Microsoft.KeyVault(SecretUri=...)) that App
// Service resolves with the app's system-assigned identity; no secret value is written here.

param webAppName string

@description('SingleTenant, MultiTenant or UserAssignedMSI.')
param microsoftAppType string

@description('The bot\'s Microsoft App Id (the managed identity\'s client id for UserAssignedMSI).')
param microsoftAppId string

@description('Key Vault reference for the client secret; empty for UserAssignedMSI.')
param appCredentialReference string

@description('Tenant of a SingleTenant or UserAssignedMSI bot; empty for MultiTenant.')
param microsoftAppTenantId string

@description('Client id of the user-assigned identity when the app reaches storage with it; empty otherwise.')
param storageManagedIdentityClientId string

param blobAccountUrl string

@description('Key Vault reference for the key-based storage connection string; empty when the managed identity is used.')
param storageConnectionReference string

param stateContainerName string
param timerQueueName string

@description('Key Vault reference for the Direct Line secret the web chat page trades for tokens.')
param directLineReference string

param appInsightsConnectionString string

// Timers use Azure Storage Queues on the same account as the Blob state (the bot picks them when Blob is configured).
// The configuration keys the bot reads (':' becomes '__' in App Service). Entries left empty are not written,
// so each identity type and storage mode gets exactly its own keys. The deployment tests read these names.
var appSettingCandidates = {
  MicrosoftAppType: microsoftAppType
  MicrosoftAppId: microsoftAppId
  MicrosoftAppPassword: appCredentialReference
  MicrosoftAppTenantId: microsoftAppTenantId
  Storage__Provider: 'Blob'
  Storage__Blob__AccountUrl: empty(storageConnectionReference) ? blobAccountUrl : ''
  Storage__Blob__ConnectionString: storageConnectionReference
  Storage__Blob__ManagedIdentityClientId: storageManagedIdentityClientId
  Storage__Blob__ContainerName: stateContainerName
  Timers__Queue__QueueName: timerQueueName
  Bot__PublicBaseUrl: 'https://${webAppName}.azurewebsites.net'
  DirectLine__Secret: directLineReference
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
}

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: webAppName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: toObject(filter(items(appSettingCandidates), setting => !empty(setting.value)), setting => setting.key, setting => setting.value)
}
