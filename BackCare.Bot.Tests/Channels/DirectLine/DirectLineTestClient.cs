using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackCare.Bot.Channels.DirectLine;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>Speaks Direct Line 3.0 to the local endpoint as botframework-directlinejs does, one call per method.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string Prefix = "/v3/directline";

    public async Task<DirectLineConversationResponse> GenerateTokenAsync(string? userId = null)
    {
        var body = userId is null ? null : new StringContent(new JsonObject { ["user"] = new JsonObject { ["id"] = userId } }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"{Prefix}/tokens/generate", body);
        return await ReadAsync<DirectLineConversationResponse>(response, HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, Prefix + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    public async Task<(DirectLineConversationResponse Conversation, HttpStatusCode Status)> StartAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Post, "/conversations", token, """{"user":{}}""");
        var status = response.StatusCode;
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"start answered {(int)status}: {await response.Content.ReadAsStringAsync()}");
        return (await ReadAsync<DirectLineConversationResponse>(response, status), status);
    }

    /// <summary>Starts a new conversation with a freshly generated token.</summary>
    public async Task<DirectLineConversationResponse> NewConversationAsync(string? userId = null)
    {
        var token = await GenerateTokenAsync(userId);
        var (conversation, status) = await StartAsync(token.Token);
        Assert.Equal(HttpStatusCode.Created, status);
        return conversation;
    }

    public async Task<string> PostAsync(DirectLineConversationResponse conversation, JsonObject activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, activity.ToJsonString());
        var body = await ReadAsync<JsonObject>(response, HttpStatusCode.OK);
        return body["id"]!.GetValue<string>();
    }

    public Task<string> SayAsync(DirectLineConversationResponse conversation, string text, string? clientActivityId = null) =>
        PostAsync(conversation, new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "visitor-chosen-id", ["name"] = "Visitor" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });

    public Task<string> JoinAsync(DirectLineConversationResponse conversation) =>
        PostAsync(conversation, new JsonObject { ["type"] = "event", ["name"] = "webchat/join", ["value"] = new JsonObject { ["language"] = "en-GB" } });

    public async Task<ActivitySetBody> GetActivitiesAsync(DirectLineConversationResponse conversation, string? watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        return await ReadAsync<ActivitySetBody>(response, HttpStatusCode.OK);
    }

    /// <summary>Every activity of the conversation, following the watermark page by page.</summary>
    public async Task<List<Activity>> GetAllActivitiesAsync(DirectLineConversationResponse conversation)
    {
        var all = new List<Activity>();
        var watermark = string.Empty;
        while (true)
        {
            var page = await GetActivitiesAsync(conversation, watermark);
            if (page.Activities.Count == 0)
            {
                return all;
            }

            all.AddRange(page.Activities);
            watermark = page.Watermark;
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, ProtocolJson.Options)!;
    }

    /// <summary>The error code of a Direct Line error body.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"]?["code"]?.GetValue<string>();
}

public sealed record ActivitySetBody(List<Activity> Activities, string Watermark);
