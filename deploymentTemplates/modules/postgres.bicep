// Azure Database for PostgreSQL Flexible Server holding the bot's conversation state, so that
// several Web App instances share one store (Storage:Provider = Postgres). The Npgsql connection
// string is composed here and written straight to Key Vault; it is never an output.

metadata description = 'PostgreSQL Flexible Server, database and Key Vault connection-string secret for BackCare.'

import { resourceTags } from 'types.bicep'

@description('Name of the server (3-63 lower-case letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(63)
param serverName string

@description('Azure region for the server.')
param location string

@description('Name of the database the bot uses.')
param databaseName string

@description('Administrator login name (not "azure_superuser", "admin", "root", "postgres" and similar reserved names).')
param administratorLogin string

@description('Administrator password (8-128 characters from three of: upper case, lower case, digits, symbols).')
@secure()
param administratorLoginPassword string

@description('Compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier matching skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param version string

@description('Storage size in GiB.')
@minValue(32)
@maxValue(16384)
param storageSizeGB int

@description('Days of point-in-time restore backups.')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

@description('Name of the existing Key Vault that receives the connection string.')
param keyVaultName string

@description('Name of the Key Vault secret that holds the Npgsql connection string.')
param connectionSecretName string

@description('Tags applied to the server and the secret.')
param tags resourceTags

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's convention for "allow connections from Azure services", which is how
// an App Service without VNet integration reaches the server. See README for private networking.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: server
  // The server accepts one child operation at a time; running this in parallel with the
  // database creation can fail with ServerIsBusy.
  dependsOn: [
    database
  ]
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource connectionSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: connectionSecretName
  tags: tags
  properties: {
    contentType: 'Npgsql connection string'
    value: 'Host=${server.properties.fullyQualifiedDomainName};Port=5432;Database=${database.name};Username=${administratorLogin};Password=${administratorLoginPassword};SSL Mode=VerifyFull'
  }
}

@description('Name of the PostgreSQL server.')
output serverName string = server.name

@description('Name of the database the bot uses.')
output databaseName string = database.name

// Lets callers wait for the secret before the app resolves its Key Vault reference.
@description('Name of the Key Vault secret holding the connection string (the name only, never the value).')
output connectionSecretName string = connectionSecret.name
