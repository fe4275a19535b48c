using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// Posts a request to the clinic's webhook: a JSON body, its HMAC-SHA256 signature in
/// <see cref="WebhookSignature.HeaderName"/>, and the reference as <c>Idempotency-Key</c>, so a receiver that sees a
/// request again (after a timeout whose request did arrive, or a crash) can tell. Any 2xx is accepted; a 4xx other
/// than 408, 425 and 429 means the receiver will never accept it, so it is not retried.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory httpClientFactory, IOptions<WebhookOptions> options, TimeProvider timeProvider) : ICallbackChannel
{
    public const string HttpClientName = "callback-webhook";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "webhook";

    public bool IsEnabled => options.Value.IsConfigured;

    public async Task DeliverAsync(CallbackRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayload.From(request, timeProvider.GetUtcNow()), Json);
        using var message = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Add("Idempotency-Key", request.Reference);
        message.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(settings.Secret!, body));

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            var retryable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or (HttpStatusCode)425;
            throw new CallbackDeliveryException($"HTTP {status}", permanent: !retryable);
        }
    }
}
