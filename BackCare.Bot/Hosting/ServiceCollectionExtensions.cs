using BackCare.Bot.Bots;
using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Channels.WebChat;
using BackCare.Bot.Content;
using BackCare.Bot.Dialogs;
using BackCare.Bot.Dialogs.Triage;
using BackCare.Bot.Framework.Auth;
using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;
using BackCare.Bot.Recognizers;
using BackCare.Bot.Storage;
using BackCare.Bot.Triage;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Hosting;

/// <summary>The composition root: every registration BackCare needs, in one place.</summary>
public static class ServiceCollectionExtensions
{
    public static WebApplicationBuilder AddBackCareBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });

        // Settings: Bot Framework names at the root, BackCare's own in sections.
        services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration);
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmergencyServicesOptions>().BindConfiguration(EmergencyServicesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        // State: SQLite by default, so a restart loses nothing.
        services.AddSingleton<IStorage>(sp => StorageFactory.Create(sp, StorageTableName.State));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<UserState>());
        services.AddSingleton<BotStateSet>();
        services.AddHostedService<RetentionService>();
        services.AddSymptomCheckAudit(builder.Configuration);
        services.AddCallbackRequests(builder.Configuration);

        // Protocol: the adapter, the Connector client with retries, authentication.
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<CloudAdapter>();
        services.AddBotFrameworkAuthentication(builder.Configuration);
        services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler();

        // Content and conversation.
        services.AddSingleton<ContentCatalog>();
        services.AddSingleton<FaqCatalog>();
        services.AddSingleton<ContentActivities>();
        services.AddSingleton<TrainedRecognizer>();
        services.AddSingleton<IRecognizer>(sp => sp.GetRequiredService<TrainedRecognizer>());
        services.AddSingleton<TriageContent>();
        services.AddSingleton<TriageProfileAccessor>();
        services.AddSingleton<SymptomCheckProgressAccessor>();
        services.AddSingleton<ConversationFlagsAccessor>();
        services.AddSingleton<SymptomCheckAuditor>();
        services.AddSingleton<DispositionPresenter>();
        services.AddSingleton<SymptomCheckDialog>();
        services.AddSingleton<AdviceHold>();
        services.AddSingleton<RedFlagSafetyNet>();
        services.AddBookingConversation();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<ITurnErrorHandler, BackCareTurnErrorHandler>();
        services.AddTransient<IBot, BackCareBot>();

        // The website chat widget: POST /api/directline/token and the local Direct Line endpoint.
        builder.AddDirectLine();

        // The website chat page (GET /): Web Chat served from the bot, with its security headers.
        services.AddWebChatPage();

        services.AddHealthChecks().AddCheck<ContentReviewHealthCheck>("content-review");
        services.AddProblemDetails();
        return builder;
    }
}
