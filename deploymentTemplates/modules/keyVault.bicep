// Key Vault with RBAC authorization. Holds the PostgreSQL connection string (written by
// postgres.bicep) and, for the SingleTenant app type, the app password the operator adds.
// The bot's identity can only read secrets (Key Vault Secrets User).

metadata description = 'Key Vault for BackCare secrets, readable by the bot identity.'

import { resourceTags } from 'types.bicep'

@description('Name of the Key Vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the vault.')
param location string

@description('Tenant that owns the vault.')
param tenantId string

@description('Name of the managed identity that resolves Key Vault references (keeps the role assignment id predictable).')
param readerIdentityName string

@description('Principal (object) id of the managed identity that resolves Key Vault references.')
param readerPrincipalId string

@description('Tags applied to the vault.')
param tags resourceTags

// Built-in role "Key Vault Secrets User": read secret contents.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerIdentityName, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault, for Key Vault references and for operators adding secrets.')
output name string = vault.name

