// The Azure Bot registration: identity, messaging endpoint, and the Teams, Direct Line and Web Chat channels.

param botName string
param displayName string
param tags object

@description('F0 (free) or S1 (standard).')
param sku string

@description('https://<web app host>/api/messages')
param endpoint string

@description('SingleTenant, MultiTenant or UserAssignedMSI.')
param msaAppType string

param msaAppId string

@description('Tenant of a SingleTenant or UserAssignedMSI bot; empty for MultiTenant.')
param msaAppTenantId string

@description('Resource id of the user-assigned identity for UserAssignedMSI; empty otherwise.')
param msaAppMSIResourceId string

@description('https://<web app host>: the only page allowed to use Direct Line tokens (enhanced authentication).')
param webChatOrigin string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: empty(msaAppTenantId) ? null : msaAppTenantId
    msaAppMSIResourceId: empty(msaAppMSIResourceId) ? null : msaAppMSIResourceId
    publicNetworkAccess: 'Enabled'
    schemaTransformationVersion: '1.3'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web chat page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // Enhanced authentication: the secret never works from a browser, and a token works only on the
          // trusted origin (the app also sends it as trustedOrigins when it trades the secret for a token).
          isSecureSiteEnabled: true
          trustedOrigins: [
            webChatOrigin
          ]
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
