using BackCare.Bot.Framework.State;
using BackCare.Bot.Storage;
using BackCare.Bot.Triage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Hosting;

/// <summary>
/// The symptom-check audit trail: its options, its own storage and its retention sweep. The audit
/// <see cref="IStorage"/> is a keyed service, so resolving IStorage still gives conversation state only.
/// Needs StorageOptions registered (AddBackCareBot does), since the audit store follows Storage:Provider.
/// </summary>
public static class SymptomCheckAuditServiceCollectionExtensions
{
    public static IServiceCollection AddSymptomCheckAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddKeyedSingleton(StorageSymptomCheckAuditLog.StorageServiceKey, (sp, _) => StorageFactory.Create(sp, StorageTableName.SymptomCheckAudit));
        services.AddSingleton<StorageSymptomCheckAuditLog>();
        services.AddSingleton<DisabledSymptomCheckAuditLog>();
        services.AddSingleton<ISymptomCheckAuditLog>(sp => sp.GetRequiredService<IOptions<AuditOptions>>().Value.Enabled
            ? sp.GetRequiredService<StorageSymptomCheckAuditLog>()
            : sp.GetRequiredService<DisabledSymptomCheckAuditLog>());

        // Registered whether or not the log is enabled: records written earlier must still expire.
        services.AddHostedService<AuditRetentionService>();
        return services;
    }
}
