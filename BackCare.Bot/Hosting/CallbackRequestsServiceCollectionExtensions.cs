using BackCare.Bot.Booking;
using BackCare.Bot.Booking.Admin;
using BackCare.Bot.Booking.Delivery;
using BackCare.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCare.Bot.Hosting;

/// <summary>
/// Call-back requests: the durable <see cref="ICallbackRequests"/>, its own storage (the callback_requests table,
/// following Storage:Provider), the outbox and its channels (webhook, email), retention, and the admin API's
/// service. The call-back <c>IStorage</c> is a keyed service, so resolving IStorage still gives conversation state.
/// Needs StorageOptions registered (AddBackCareBot does); map the admin API with <see cref="CallbackAdminEndpoints.MapCallbackAdmin"/>.
/// </summary>
public static class CallbackRequestsServiceCollectionExtensions
{
    public static IServiceCollection AddCallbackRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallbackOptions>()
            .Bind(configuration.GetSection(CallbackOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !o.AdminEnabled || o.AdminKey!.Length >= CallbackOptions.MinAdminKeyLength, $"Callbacks:AdminKey must be at least {CallbackOptions.MinAdminKeyLength} characters (for example: openssl rand -base64 32).")
            .Validate(o => o.MaxRetryDelay >= o.RetryDelay, "Callbacks:MaxRetryDelay must not be shorter than Callbacks:RetryDelay.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(o => o.Problem() is null, "Callbacks:Webhook is invalid: an https Url and a Secret of at least 32 characters are needed together.")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => o.Problem() is null, "Callbacks:Email is invalid: with Host set, From and To must be email addresses and a UserName needs a Password.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddKeyedSingleton(CallbackStore.StorageServiceKey, (sp, _) => StorageFactory.Create(sp, StorageTableName.CallbackRequests));
        services.AddSingleton<CallbackStore>();
        services.AddSingleton<CallbackOutboxSignal>();
        services.AddSingleton<ICallbackRequests, StoredCallbackRequests>();

        // Infinite: each attempt's timeout is the outbox's (Callbacks:AttemptTimeout), which counts it as a failed attempt.
        // No redirects: a signed request with personal data goes to the configured URL or nowhere (a 3xx fails it).
        services.AddHttpClient(WebhookChannel.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton(_ => CallbackEmailFile.Load());
        services.AddSingleton<ICallbackChannel, WebhookChannel>();
        services.AddSingleton<ICallbackChannel, EmailChannel>();
        services.AddSingleton<CallbackChannels>();
        services.AddSingleton<CallbackOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<CallbackOutbox>());
        services.AddHostedService<CallbackRetentionService>();

        services.AddSingleton<CallbackAdmin>();
        return services;
    }
}
