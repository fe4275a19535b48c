// Azure Bot registration pointing at the Web App's /api/messages, with the channels BackCare
// serves: Microsoft Teams, Direct Line (the clinic website widget) and Web Chat (portal testing).
// Channel keys and Direct Line secrets stay in Azure; fetch them with the az CLI, never via outputs.

metadata description = 'Azure Bot resource and its Teams, Direct Line and Web Chat channels.'

import { botAppTypeName, resourceTags } from 'types.bicep'

@description('Bot handle (2-64 letters, digits, hyphens, underscores or dots; globally unique).')
@minLength(2)
@maxLength(64)
param name string

@description('Display name shown in channels.')
param displayName string

@description('Pricing tier. Standard channels (Teams, Direct Line, Web Chat) are free on both; S1 is for premium channels.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Messaging endpoint, https://<app>.azurewebsites.net/api/messages.')
param endpoint string

@description('msaAppType: UserAssignedMSI or SingleTenant.')
param appType botAppTypeName

@description('msaAppId: the identity client id (UserAssignedMSI) or the app registration id (SingleTenant).')
param appId string

@description('msaAppTenantId: tenant of the identity or app registration.')
param tenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityId string

@description('Origins of the clinic website allowed to use Direct Line tokens, e.g. https://www.example.com. Empty turns enhanced authentication off.')
param directLineTrustedOrigins string[]

@description('Tags applied to the bot.')
param tags resourceTags

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
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
      enableCalling: false
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  // Channel writes on one bot are applied one at a time to avoid conflicting updates.
  dependsOn: [
    teams
  ]
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'ClinicWebsite'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(directLineTrustedOrigins)
          trustedOrigins: directLineTrustedOrigins
          isBlockUserUploadEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  dependsOn: [
    directLine
  ]
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

@description('Name of the bot resource.')
output name string = bot.name

@description('Channels configured on the bot.')
output channels string[] = [
  teams.name
  directLine.name
  webChat.name
]
