// Log Analytics workspace and workspace-based Application Insights: the app's OpenTelemetry goes to Application
// Insights; the platform's diagnostic settings (web app, storage, Key Vault) go to the workspace.

param workspaceName string
param appInsightsName string
param location string
param tags object

@description('Days the workspace keeps logs; 30 is included in the ingestion price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

output workspaceId string = workspace.id

@description('Not a secret (it only lets a sender write telemetry), so it is a plain app setting.')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
