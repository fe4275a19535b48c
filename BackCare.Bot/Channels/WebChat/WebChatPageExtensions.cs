using BackCare.Bot.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.WebChat;

/// <summary>The website chat page: its settings, security headers, static assets (wwwroot) and endpoints.</summary>
public static class WebChatPageExtensions
{
    public static IServiceCollection AddWebChatPage(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClinicOptions>, WebChatSettingsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebChatOptions>, WebChatSettingsValidation>());
        services.AddSingleton<WebChatPageText>();
        services.AddSingleton<ContentSecurityPolicy>();
        services.AddSingleton<WebChatPage>();
        return services;
    }

    /// <summary>Security headers first, so every response has them; then the page's static assets.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        // Fail at start-up, not on the first visit, if the page's words or template are broken.
        app.Services.GetRequiredService<WebChatPage>();
        app.MapGet(WebChatPage.Path, WebChatPage.Get);
        app.MapGet(WebChatPage.ThemePath, WebChatPage.GetTheme);
        return app;
    }
}
