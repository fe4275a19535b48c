using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>Registers the website widget's Direct Line pieces: the token endpoint's client and rate limit, and the local endpoint.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new LocalDirectLineState(
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.Local.IsEnabled(sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton<LocalTokenIssuer>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<LocalDirectLineChannel>();
        services.AddHttpClient<DirectLineTokenClient>(c => c.Timeout = TimeSpan.FromSeconds(30)).AddStandardResilienceHandler();
        services.AddDirectLineRateLimits();
        services.AddDirectLineCors();
        return builder;
    }
}
