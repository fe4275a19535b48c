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
