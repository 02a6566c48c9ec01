// App Service plan and the Linux web app that hosts the bot (POST /api/messages, the web chat page, the timers).
// Its app settings are written by appSettings.bicep, once the secrets they point at are in the vault.

param webAppName string
param appServicePlanName string
param location string
param tags object

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
param skuName string

@description('Resource id of the user-assigned identity attached to the app; empty for none.')
param managedIdentityResourceId string

@description('Log Analytics workspace that receives the app\'s HTTP, console, app and platform logs.')
param workspaceId string

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

// The system-assigned identity reads the Key Vault references; the user-assigned one (if any) is the bot's
// identity (UserAssignedMSI) and reaches storage.
resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: empty(managedIdentityResourceId)
    ? { type: 'SystemAssigned' }
    : {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${managedIdentityResourceId}': {}
        }
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
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

// Deployments authenticate with Entra ID (az webapp deploy, the toolkit's zip deploy), never with a
// publishing user name and password.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource logsToWorkspace 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
      {
        category: 'AppServiceAuditLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName

@description('The system-assigned identity that resolves the Key Vault references.')
output principalId string = site.identity.principalId
