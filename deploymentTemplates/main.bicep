// BackCare production deployment: one resource group holding the Web App that runs the bot, its
// identity, Key Vault, PostgreSQL state store, Application Insights and the Azure Bot registration
// with the Teams, Direct Line and Web Chat channels.
//
// Build: bicep build main.bicep --outfile main.json (the compiled main.json is committed and a test
// checks it matches). Deploy: see README.md in this folder.

metadata description = 'BackCare chatbot: App Service, managed identity, Key Vault, PostgreSQL, Application Insights and Azure Bot.'

import { botAppTypeName, callbackSettings, clinicSettings, emergencySettings, resourceTags, storageProviderName } from 'modules/types.bicep'

// ---------- Naming and placement ----------

@description('Azure region for every regional resource (the bot registration itself is global).')
param location string = resourceGroup().location

@description('Short lower-case prefix for resource names (3-12 letters or digits).')
@minLength(3)
@maxLength(12)
param baseName string = 'backcare'

@description('Name of the Web App; the messaging endpoint is https://<webAppName>.azurewebsites.net/api/messages. Globally unique.')
@minLength(2)
@maxLength(60)
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Azure Bot resource name (bot handle). Globally unique.')
@minLength(2)
@maxLength(64)
param botName string = webAppName

@description('Tags applied to every resource.')
param tags resourceTags = {
  application: 'BackCare'
}

// ---------- Hosting and scale ----------

@description('App Service plan SKU (Linux). Always On needs Basic or higher. Maximum instances: B1-B3 3, S1-S3 10, P0v3-P3v3 30.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'P0v3'

@description('Number of Web App instances (scale-out). Use 2 or more for health-check failover. Forced to 1 when storageProvider is Sqlite.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

// ---------- Bot identity ----------

@description('MicrosoftAppType. UserAssignedMSI: the bot authenticates as the managed identity this template creates (no password anywhere). SingleTenant: an Entra app registration you created; its client secret goes in Key Vault.')
param appType botAppTypeName = 'UserAssignedMSI'

@description('SingleTenant only: application (client) id of your Entra app registration. Ignored for UserAssignedMSI, where the identity\'s client id is used.')
param singleTenantAppId string = ''

@description('MicrosoftAppTenantId: tenant of the identity or app registration.')
param tenantId string = tenant().tenantId

@description('SingleTenant only: name of the Key Vault secret you create holding the app registration\'s client secret.')
param appPasswordSecretName string = 'MicrosoftAppPassword'

@description('Display name of the bot in Teams and Web Chat.')
param botDisplayName string = 'BackCare'

@description('Azure Bot pricing tier. F0 is enough for the standard channels used here.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Origins of the clinic website that embed the chat widget, e.g. https://www.onebodyldn.com. Turns on Direct Line enhanced authentication; leave empty to turn it off.')
param directLineTrustedOrigins string[] = []

@description('Name of the Key Vault secret you create holding the Azure Bot\'s Direct Line secret (see README, "Website widget"). The bot exchanges it server-side for per-visitor tokens.')
param directLineSecretName string = 'DirectLineSecret'

@description('Direct Line service the secret is exchanged with, e.g. https://europe.directline.botframework.com/ for a regional bot.')
param directLineBaseUrl string = 'https://directline.botframework.com/'

// ---------- Bot behaviour (app settings) ----------

@description('Storage:Provider. Postgres (default) supports several instances; Sqlite keeps state on the app\'s /home share and forces one instance.')
param storageProvider storageProviderName = 'Postgres'

@description('Storage:Retention: how long idle conversation state is kept, as a .NET TimeSpan d.hh:mm:ss.')
param storageRetention string = '30.00:00:00'

@description('Audit:Enabled: whether symptom checks are written to the clinical audit log (kept apart from conversation state).')
param auditEnabled bool = true

@description('Audit:Retention: how long symptom-check audit records are kept, as a .NET TimeSpan d.hh:mm:ss.')
param auditRetention string = '365.00:00:00'

@description('BotEndpoint:MaxRequestBodyBytes: the largest activity the messaging endpoint accepts.')
@minValue(1024)
param maxRequestBodyBytes int = 262144

@description('Clinic section: the bot\'s name and the clinic details shown to patients.')
param clinic clinicSettings = {
  botName: 'BackCare'
  name: 'One Body LDN'
  phone: '020 0000 0000'
  bookingUrl: 'https://www.onebodyldn.com/book'
  region: 'UK'
  privacyNoticeUrl: 'https://www.onebodyldn.com/privacy'
}

@description('EmergencyServices section: the signposting given when a red flag is found.')
param emergency emergencySettings = {
  emergencyNumber: '999'
  emergencyDepartment: 'A&E'
  urgentAdvice: 'get an urgent GP appointment today or contact NHS 111 (call 111 or go to 111.nhs.uk)'
  maternityAdvice: 'contact your midwife or maternity unit straight away'
}

@description('Callbacks section: how call-back requests reach the clinic (docs/call-back-requests.md). By default no channel and no admin API: requests are kept until configured.')
param callbacks callbackSettings = {
  retention: '30.00:00:00'
  maxAttempts: 10
  webhookUrl: ''
  emailHost: ''
  emailPort: 587
  emailSecurity: 'StartTls'
  emailUserName: ''
  emailFrom: ''
  emailTo: ''
  adminApiEnabled: false
}

// ---------- PostgreSQL ----------

@description('PostgreSQL administrator login name.')
param postgresAdminLogin string = 'backcareadmin'

@description('PostgreSQL administrator password. Required; pass it on the command line or from a pipeline secret, never in a parameters file. Still required (and unused) when storageProvider is Sqlite.')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL storage size in GiB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('Days of PostgreSQL point-in-time-restore backups.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@description('Name of the database that holds bot state.')
param postgresDatabaseName string = 'backcare'

// ---------- Monitoring ----------

@description('Days to keep logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var suffix = uniqueString(resourceGroup().id)
var usePostgres = storageProvider == 'Postgres'
var botStateSecretName = 'BotStateConnectionString'
// Names are computed here, not read from module outputs, so what-if can predict every resource id.
var identityName = '${baseName}-id-${suffix}'
var keyVaultName = take('kv${baseName}${suffix}', 24)
var appInsightsName = '${baseName}-appi-${suffix}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${baseName}-log-${suffix}'
    appInsightsName: appInsightsName
    location: location
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: keyVaultName
    location: location
    tenantId: tenant().tenantId
    readerIdentityName: identityName
    readerPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  dependsOn: [
    keyVault
  ]
  params: {
    serverName: '${baseName}-pg-${suffix}'
    location: location
    databaseName: postgresDatabaseName
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    version: postgresVersion
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    keyVaultName: keyVaultName
    connectionSecretName: botStateSecretName
    tags: tags
  }
}

var microsoftAppId = appType == 'UserAssignedMSI' ? identity.outputs.clientId : singleTenantAppId

module webApp 'modules/appService.bicep' = {
  name: 'webApp'
  // Key Vault (with the identity's read role) and Application Insights must exist before the app
  // settings reference them.
  dependsOn: [
    keyVault
    monitoring
  ]
  params: {
    planName: '${baseName}-plan-${suffix}'
    appName: webAppName
    location: location
    skuName: appServicePlanSku
    instanceCount: usePostgres ? instanceCount : 1
    identityId: identity.outputs.id
    keyVaultName: keyVaultName
    appInsightsName: appInsightsName
    appType: appType
    appId: microsoftAppId
    tenantId: tenantId
    appPasswordSecretName: appPasswordSecretName
    storageProvider: storageProvider
    storageRetention: storageRetention
    auditEnabled: auditEnabled
    auditRetention: auditRetention
    // Referencing the module output makes the app wait until the secret exists.
    botStateSecretName: postgres.?outputs.connectionSecretName ?? botStateSecretName
    maxRequestBodyBytes: maxRequestBodyBytes
    directLineSecretName: directLineSecretName
    directLineBaseUrl: directLineBaseUrl
    directLineTrustedOrigins: directLineTrustedOrigins
    clinic: clinic
    emergency: emergency
    callbacks: callbacks
    tags: tags
  }
}

module bot 'modules/botService.bicep' = {
  name: 'bot'
  params: {
    name: botName
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    appType: appType
    appId: microsoftAppId
    tenantId: tenantId
    identityId: identity.outputs.id
    directLineTrustedOrigins: directLineTrustedOrigins
    tags: tags
  }
}

@description('Messaging endpoint registered on the Azure Bot.')
output botEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'

@description('Web App name, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('Azure Bot resource name, for az bot commands.')
output botName string = bot.outputs.name

@description('MicrosoftAppId of the bot: put it in the Teams manifest as botId.')
output microsoftAppId string = microsoftAppId

@description('Key Vault holding the bot\'s secrets.')
output keyVaultName string = keyVaultName

@description('PostgreSQL server name (empty when storageProvider is Sqlite).')
output postgresServerName string = postgres.?outputs.serverName ?? ''

@description('Number of Web App instances actually deployed.')
output instanceCount int = usePostgres ? instanceCount : 1
