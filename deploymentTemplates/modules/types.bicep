// Shared parameter types, so every module validates the same shapes.

metadata description = 'Types shared by the BackCare deployment modules.'

@export()
@description('Resource tags: tag name to tag value.')
type resourceTags = {
  *: string
}

@export()
@description('How the bot authenticates to the Bot Framework (protocol.md R3.13). MultiTenant is deprecated for new bots.')
type botAppTypeName = 'UserAssignedMSI' | 'SingleTenant'

@export()
@description('Where the bot keeps conversation state. Postgres is required for more than one instance.')
type storageProviderName = 'Postgres' | 'Sqlite'

@export()
@description('Clinic details the bot shows to patients (the Clinic configuration section).')
type clinicSettings = {
  @description('Name the bot introduces itself with.')
  botName: string

  @description('Clinic name shown to patients.')
  name: string

  @description('Clinic phone number shown to patients.')
  phone: string

  @description('Public booking page URL.')
  bookingUrl: string

  @description('Region code that selects emergency-service wording, e.g. UK.')
  region: string

  @description('The clinic\'s privacy notice, linked when the bot asks consent for a call-back request.')
  privacyNoticeUrl: string
}

@export()
@description('Call-back requests (the Callbacks configuration section). Secrets are never parameters: create them in the Key Vault (CallbacksWebhookSecret, CallbacksEmailPassword, CallbacksAdminKey) before turning on what needs them.')
type callbackSettings = {
  @description('Callbacks:Retention: how long a request that reached the clinic is kept, as a .NET TimeSpan d.hh:mm:ss. Undelivered requests are never deleted by retention.')
  retention: string

  @description('Callbacks:MaxAttempts: delivery attempts per channel before a request is marked failed.')
  @minValue(1)
  @maxValue(100)
  maxAttempts: int

  @description('Callbacks:Webhook:Url: the clinic\'s https endpoint; empty turns the webhook off. Needs the Key Vault secret CallbacksWebhookSecret (at least 32 characters).')
  webhookUrl: string

  @description('Callbacks:Email:Host: the SMTP server; empty turns email off.')
  emailHost: string

  @description('Callbacks:Email:Port, e.g. 587 (StartTls) or 465 (SslOnConnect).')
  emailPort: int

  @description('Callbacks:Email:Security (MailKit SecureSocketOptions).')
  emailSecurity: 'StartTls' | 'SslOnConnect' | 'Auto' | 'StartTlsWhenAvailable' | 'None'

  @description('Callbacks:Email:UserName; empty sends without authenticating. When set, the Key Vault secret CallbacksEmailPassword holds the password.')
  emailUserName: string

  @description('Callbacks:Email:From, e.g. BackCare <bot@clinic.example>.')
  emailFrom: string

  @description('Callbacks:Email:To: the clinic\'s address(es), comma-separated.')
  emailTo: string

  @description('Turns on the staff admin API (/api/admin/callbacks); its key is the Key Vault secret CallbacksAdminKey (at least 24 characters).')
  adminApiEnabled: bool
}

@export()
@description('Emergency signposting the bot gives on red flags (the EmergencyServices configuration section).')
type emergencySettings = {
  @description('Emergency telephone number, e.g. 999.')
  emergencyNumber: string

  @description('Name of the emergency department, e.g. A&E.')
  emergencyDepartment: string

  @description('Advice for urgent but not emergency symptoms.')
  urgentAdvice: string

  @description('Advice for pregnancy-related symptoms.')
  maternityAdvice: string
}
