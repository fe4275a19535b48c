using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Registers the website widget's Direct Line pieces: the token endpoint's client and rate limit, and the local endpoint.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var local = builder.Configuration.GetSection(DirectLineOptions.SectionName).GetSection("Local").Get<LocalDirectLineOptions>() ?? new();
        services.AddSingleton(new LocalDirectLineState(local.IsEnabled(builder.Environment)));
        services.AddSingleton<LocalTokenIssuer>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<LocalDirectLineChannel>();
        services.AddHttpClient<DirectLineTokenClient>(c => c.Timeout = TimeSpan.FromSeconds(30)).AddStandardResilienceHandler();
        services.AddDirectLineRateLimits();
        return builder;
    }
}
