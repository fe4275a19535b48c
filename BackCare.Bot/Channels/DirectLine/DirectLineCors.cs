using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// Lets the clinic's own pages (DirectLine:TrustedOrigins) call the token endpoint and the local endpoint from
/// another origin, with the headers botframework-directlinejs sends. No origins configured: same origin only.
/// </summary>
public static class DirectLineCors
{
    public const string Policy = "directline";

    public static IServiceCollection AddDirectLineCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(Policy, policy => policy
                .WithOrigins([.. directLine.Value.Origins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")));
        return services;
    }
}
