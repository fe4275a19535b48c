// Linux App Service plan and Web App running the bot, with every setting the bot reads at start-up.
// Secrets never appear here: the app password and the PostgreSQL connection string are Key Vault
// references resolved by the platform with the user-assigned identity.

metadata description = 'App Service plan, Web App and app settings for the BackCare bot.'

import { botAppTypeName, callbackSettings, clinicSettings, emergencySettings, resourceTags, storageProviderName } from 'types.bicep'

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App; the host name is <name>.azurewebsites.net.')
@minLength(2)
@maxLength(60)
param appName string

@description('Azure region for the plan and the app.')
param location string

@description('App Service plan SKU. Always On needs Basic or higher; B1 scales to 3 instances, S1 to 10, Premium v3 to 30.')
param skuName string

@description('Number of instances (scale-out). More than one needs storageProvider Postgres.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned identity the app runs with and resolves Key Vault references with.')
param identityId string

@description('Name of the Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Name of the Application Insights component that receives telemetry.')
param appInsightsName string

@description('MicrosoftAppType: how the bot authenticates to the Bot Framework.')
param appType botAppTypeName

@description('MicrosoftAppId: the managed identity client id (UserAssignedMSI) or the Entra app registration id (SingleTenant).')
param appId string

@description('MicrosoftAppTenantId: the tenant of the identity or app registration.')
param tenantId string

@description('SingleTenant only: name of the Key Vault secret that holds the app registration\'s client secret.')
param appPasswordSecretName string

@description('Storage:Provider for conversation state.')
param storageProvider storageProviderName

@description('Storage:Retention: how long idle conversation state is kept, as a .NET TimeSpan (d.hh:mm:ss).')
param storageRetention string

@description('Audit:Enabled: whether symptom checks are written to the clinical audit log.')
param auditEnabled bool

@description('Audit:Retention: how long symptom-check audit records are kept, as a .NET TimeSpan (d.hh:mm:ss).')
param auditRetention string

@description('Postgres only: name of the Key Vault secret holding the Npgsql connection string.')
param botStateSecretName string

@description('BotEndpoint:MaxRequestBodyBytes: largest activity the messaging endpoint accepts.')
param maxRequestBodyBytes int

@description('Clinic section values.')
param clinic clinicSettings

@description('EmergencyServices section values.')
param emergency emergencySettings

@description('Name of the Key Vault secret holding the Azure Bot\'s Direct Line secret (DirectLine:Secret), which POST /api/directline/token exchanges for visitor tokens.')
param directLineSecretName string

@description('DirectLine:BaseUrl: the Direct Line service the secret is exchanged with (a regional host for a regional bot).')
param directLineBaseUrl string

@description('DirectLine:TrustedOrigins: the clinic website origins that embed the chat widget.')
param directLineTrustedOrigins string[]
@description('Callbacks section values; its secrets are Key Vault references, set only when what needs them is turned on.')
param callbacks callbackSettings

@description('Tags applied to the plan and the app.')
param tags resourceTags

// /home is the App Service share that survives restarts; only safe for a single instance.
var sqliteConnectionString = 'Data Source=/home/data/backcare.db'

var appPasswordReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${appPasswordSecretName})'
var botStateReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botStateSecretName})'
var directLineSecretReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${directLineSecretName})'

// An unresolvable reference would reach the app as its literal text, so each is set only when its feature is on.
var callbackWebhookSecretReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=CallbacksWebhookSecret)'
var callbackEmailPasswordReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=CallbacksEmailPassword)'
var callbackAdminKeyReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=CallbacksAdminKey)'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Any instance can serve any turn: state lives in PostgreSQL, so no ARR affinity cookie.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: false
    }
  }
}

// Keys use "__" for configuration sections (Storage__Provider is Storage:Provider).
// Keep the names literal: BackCare.Bot.Tests/Deployment checks them against appsettings.json.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    MicrosoftAppType: appType
    MicrosoftAppId: appId
    MicrosoftAppTenantId: tenantId
    // Must be empty for UserAssignedMSI (protocol.md R3.13).
    MicrosoftAppPassword: appType == 'SingleTenant' ? appPasswordReference : ''
    BotEndpoint__MaxRequestBodyBytes: string(maxRequestBodyBytes)
    Storage__Provider: storageProvider
    Storage__SqliteConnectionString: sqliteConnectionString
    Storage__Retention: storageRetention
    Audit__Enabled: string(auditEnabled)
    Audit__Retention: auditRetention
    ConnectionStrings__BotState: storageProvider == 'Postgres' ? botStateReference : ''
    Clinic__BotName: clinic.botName
    Clinic__Name: clinic.name
    Clinic__Phone: clinic.phone
    Clinic__BookingUrl: clinic.bookingUrl
    Clinic__Region: clinic.region
    Clinic__PrivacyNoticeUrl: clinic.privacyNoticeUrl
    // Until the secret is in the vault the reference stays unresolved; the bot then answers the token endpoint with 503.
    DirectLine__Secret: directLineSecretReference
    DirectLine__BaseUrl: directLineBaseUrl
    DirectLine__TrustedOrigins: join(directLineTrustedOrigins, ',')
    // Behind App Service's front ends: take the client address from X-Forwarded-For (the token rate limit is per client).
    ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
    EmergencyServices__EmergencyNumber: emergency.emergencyNumber
    EmergencyServices__EmergencyDepartment: emergency.emergencyDepartment
    EmergencyServices__UrgentAdvice: emergency.urgentAdvice
    EmergencyServices__MaternityAdvice: emergency.maternityAdvice
    Callbacks__Retention: callbacks.retention
    Callbacks__MaxAttempts: string(callbacks.maxAttempts)
    Callbacks__Webhook__Url: callbacks.webhookUrl
    Callbacks__Webhook__Secret: empty(callbacks.webhookUrl) ? '' : callbackWebhookSecretReference
    Callbacks__Email__Host: callbacks.emailHost
    Callbacks__Email__Port: string(callbacks.emailPort)
    Callbacks__Email__Security: callbacks.emailSecurity
    Callbacks__Email__UserName: callbacks.emailUserName
    Callbacks__Email__Password: empty(callbacks.emailUserName) ? '' : callbackEmailPasswordReference
    Callbacks__Email__From: callbacks.emailFrom
    Callbacks__Email__To: callbacks.emailTo
    Callbacks__AdminKey: callbacks.adminApiEnabled ? callbackAdminKeyReference : ''
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  }
}

@description('Name of the Web App.')
output name string = app.name

@description('Default host name of the Web App.')
output defaultHostName string = app.properties.defaultHostName
