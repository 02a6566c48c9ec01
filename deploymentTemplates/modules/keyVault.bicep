// The Key Vault that holds the app's secrets. Access is Azure RBAC only (no access policies): the web app's
// system-assigned identity gets 'Key Vault Secrets User' in appSecrets.bicep, once the web app exists.

@description('3-24 letters and digits, starting with a letter, unique in Azure.')
@minLength(3)
@maxLength(24)
param vaultName string

param location string
param tags object

@description('Log Analytics workspace that receives the vault\'s audit log.')
param workspaceId string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // The shortest window: a resource group deleted and deployed again gets the same name, which stays taken
    // (soft-deleted) for this long. Purge protection is left off for the same reason.
    softDeleteRetentionInDays: 7
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
  }
}

resource auditToWorkspace 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
