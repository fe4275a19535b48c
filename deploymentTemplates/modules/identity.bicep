// User-assigned managed identity shared by the bot registration (UserAssignedMSI app type)
// and the Web App (Key Vault references). One identity keeps the app id stable across redeployments.

metadata description = 'User-assigned managed identity for the BackCare bot.'

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region for the identity.')
param location string

@description('Tags applied to the identity.')
param tags resourceTags

import { resourceTags } from 'types.bicep'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity (msaAppMSIResourceId and keyVaultReferenceIdentity).')
output id string = identity.id

@description('Client id of the identity; this is the bot\'s MicrosoftAppId when the app type is UserAssignedMSI.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, used for role assignments.')
output principalId string = identity.properties.principalId
