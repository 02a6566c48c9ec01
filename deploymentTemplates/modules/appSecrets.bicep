// Writes the app's secrets into the vault and lets the web app read them. Runs after the Azure Bot exists, because
// the Direct Line secret is read from the bot's Direct Line channel here instead of being passed in. The outputs
// are Key Vault references (names of secrets, never their values) for appSettings.bicep.

param vaultName string
param botName string
param webAppName string

@description('Principal id of the web app\'s system-assigned identity: it resolves the Key Vault references.')
param webAppPrincipalId string

@description('True when the bot has a client secret (SingleTenant, MultiTenant).')
param keepAppPassword bool

@description('True when the app reads storage with the account key (storageAccess=ConnectionString).')
param keepStorageConnectionString bool

@description('Client secret of the bot\'s app registration; empty for UserAssignedMSI (no secret is written).')
@secure()
param microsoftAppPassword string

@description('Key-based connection string of the storage account; empty when the managed identity is used.')
@secure()
param storageConnectionString string

// Built-in role: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/security#key-vault-secrets-user
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var appPasswordName = 'MicrosoftAppPassword'
var storageConnectionName = 'StorageConnectionString'
var directLineName = 'DirectLineSecret'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: vaultName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' existing = {
  parent: bot
  name: 'DirectLineChannel'
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (keepAppPassword) {
  parent: vault
  name: appPasswordName
  properties: {
    value: microsoftAppPassword
  }
}

resource storageConnection 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (keepStorageConnectionString) {
  parent: vault
  name: storageConnectionName
  properties: {
    value: storageConnectionString
  }
}

// The web chat page's site is the first (and only) site of the Direct Line channel (azureBot.bicep).
resource directLineKey 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: directLineName
  properties: {
    value: directLine.listChannelWithKeys().properties.properties.sites[0].key
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webAppName, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: webAppPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// Versionless URIs: App Service picks up a rotated secret without a redeployment.
@description('Key Vault reference for MicrosoftAppPassword; empty when the bot has no client secret.')
output appCredentialReference string = keepAppPassword
  ? '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${appPasswordName}/)'
  : ''

@description('Key Vault reference for Storage:Blob:ConnectionString; empty when the managed identity is used.')
output storageConnectionReference string = keepStorageConnectionString
  ? '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${storageConnectionName}/)'
  : ''

@description('Key Vault reference for DirectLine:Secret.')
output directLineReference string = '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${directLineName}/)'
