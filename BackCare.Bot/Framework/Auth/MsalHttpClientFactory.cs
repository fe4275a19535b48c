using Microsoft.Identity.Client;

namespace BackCare.Bot.Framework.Auth;

/// <summary>Lets MSAL send its requests through an IHttpClientFactory client, so tests can swap the handler.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotFrameworkAuthenticationExtensions.MsalHttpClientName);
}
