using System.Net;
using System.Text.Json;
using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Booking;

/// <summary>The clinic's admin API, with no delivery channel configured (requests wait for staff).</summary>
public sealed class CallbackAdminApiTests : IAsyncLifetime
{
    private CallbackHost _host = null!;

    public async Task InitializeAsync() => _host = await CallbackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("GET", "/api/admin/callbacks")]
    [InlineData("GET", "/api/admin/callbacks/CB-7K3QX")]
    [InlineData("POST", "/api/admin/callbacks/CB-7K3QX/handled")]
    [InlineData("POST", "/api/admin/callbacks/CB-7K3QX/retry")]
    public async Task EveryEndpointAnswers401WithoutTheKeyOrWithAWrongOne(string method, string path)
    {
        var receipt = await _host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        path = path.Replace("CB-7K3QX", receipt.Reference, StringComparison.Ordinal);

        foreach (var key in new string?[] { null, "wrong", CallbackHost.AdminKey + "x", CallbackHost.AdminKey[..^1], CallbackHost.AdminKey.ToUpperInvariant() })
        {
            using var response = await _host.Admin(key).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain(Drafts.Name, body);
        }

        Assert.Null((await _host.Store.ReadAsync(receipt.Reference, CancellationToken.None))!.HandledAt);
    }

    [Fact]
    public async Task StaffListReadAndMarkARequestHandled()
    {
        var first = await _host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);
        var second = await _host.Requests.SubmitAsync(Drafts.Sample() with { Name = "Second Person" }, "webchat", "user-2", CancellationToken.None);
        var admin = _host.Admin();

        using var pending = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/callbacks?status=pending"));
        Assert.Equal([first.Reference, second.Reference], pending.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("reference").GetString()));

        using var one = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/callbacks/{first.Reference.ToLowerInvariant()}"));
        Assert.Equal(Drafts.Name, one.RootElement.GetProperty("name").GetString());
        Assert.Equal(Drafts.Phone, one.RootElement.GetProperty("phone").GetString());
        Assert.Equal("pending", one.RootElement.GetProperty("status").GetString());
        Assert.False(one.RootElement.TryGetProperty("userHash", out _));

        using var handled = await admin.PostAsync($"/api/admin/callbacks/{first.Reference}/handled", null);
        Assert.Equal(HttpStatusCode.OK, handled.StatusCode);
        Assert.Equal("no-store", handled.Headers.CacheControl?.ToString());

        using var nowPending = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/callbacks?status=pending"));
        using var nowHandled = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/callbacks?status=handled"));
        using var all = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/callbacks"));
        Assert.Equal([second.Reference], nowPending.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("reference").GetString()));
        Assert.Equal([first.Reference], nowHandled.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("reference").GetString()));
        Assert.Equal(2, all.RootElement.GetProperty("requests").GetArrayLength());
        Assert.Equal(CallbackStatus.Handled, (await _host.Store.ReadAsync(first.Reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RetryingARequestThatHasNotFailedIsAConflictAndChangesNothing()
    {
        var receipt = await _host.Requests.SubmitAsync(Drafts.Sample(), "webchat", "user-1", CancellationToken.None);

        using var response = await _host.Admin().PostAsync($"/api/admin/callbacks/{receipt.Reference}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("pending", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/api/admin/callbacks/CB-22222")]
    [InlineData("GET", "/api/admin/callbacks/not-a-reference")]
    [InlineData("POST", "/api/admin/callbacks/CB-22222/handled")]
    [InlineData("POST", "/api/admin/callbacks/CB-22222/retry")]
    public async Task AnUnknownReferenceIs404(string method, string path)
    {
        using var response = await _host.Admin().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such call-back request", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("lost")]
    [InlineData("1")]
    public async Task AnUnknownStatusFilterIs400(string status)
    {
        using var response = await _host.Admin().GetAsync($"/api/admin/callbacks?status={status}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pending, delivered, failed, handled", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithNoAdminKeyConfiguredTheApiIsOffAndSaysHowToTurnItOn()
    {
        await using var host = await CallbackHost.StartAsync(new Dictionary<string, string?> { ["Callbacks:AdminKey"] = "" });

        using var response = await host.Admin(key: "anything").GetAsync("/api/admin/callbacks");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Callbacks:AdminKey", await response.Content.ReadAsStringAsync());
        await host.Logs.WaitForAsync("Call-back delivery off", "set Callbacks:AdminKey so staff can see them");
    }

    [Fact]
    public Task WithNoChannelTheStartUpLogSaysRequestsStayInTheStoreForTheAdminApi() =>
        _host.Logs.WaitForAsync("Call-back delivery off", "staff see them through the admin API (/api/admin/callbacks)");

    [Fact]
    public async Task EmptySettingsAsAppServiceWritesThemLeaveEveryChannelAndTheAdminApiOff()
    {
        var empty = new[]
        {
            "Callbacks:AdminKey", "Callbacks:Webhook:Url", "Callbacks:Webhook:Secret", "Callbacks:Email:Host",
            "Callbacks:Email:UserName", "Callbacks:Email:Password", "Callbacks:Email:From", "Callbacks:Email:To",
        }.ToDictionary(k => k, _ => (string?)string.Empty);
        await using var host = await CallbackHost.StartAsync(empty);

        using var response = await host.Admin().GetAsync("/api/admin/callbacks");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await host.Logs.WaitForAsync("Call-back delivery off");
    }

    [Fact]
    public async Task AShortAdminKeyStopsTheHostAtStartUp()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CallbackHost.StartAsync(new Dictionary<string, string?> { ["Callbacks:AdminKey"] = "short" }));

        Assert.Contains("Callbacks:AdminKey", failure.Message);
    }
}
