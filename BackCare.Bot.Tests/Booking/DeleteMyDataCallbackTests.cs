using BackCare.Bot.Booking;
using BackCare.Bot.Booking.Admin;
using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackCare.Bot.Tests.Booking;

/// <summary>"Delete my data" and the channel's deleteUserData erase the user's call-back requests, and say what could not be recalled.</summary>
public sealed class DeleteMyDataCallbackTests : IAsyncLifetime
{
    private readonly BackCareApplication _app = new();
    private ChatClient _chat = null!;

    private ICallbackRequests Requests => _app.Services.GetRequiredService<ICallbackRequests>();

    private CallbackStore Store => _app.Services.GetRequiredService<CallbackStore>();

    public Task InitializeAsync()
    {
        _chat = new ChatClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ARequestNotYetSentIsErasedAndTheBotSaysItWillNotBeSent()
    {
        await _chat.JoinAsync();
        var mine = await Requests.SubmitAsync(Drafts.Sample(), ChannelIds.Emulator, _chat.UserId, CancellationToken.None);
        var someoneElses = await Requests.SubmitAsync(Drafts.Sample(), ChannelIds.Emulator, "someone-else", CancellationToken.None);

        await _chat.SayAsync("delete my data");

        var reply = _chat.LastMessages[0].Text;
        Assert.Contains("erased", reply);
        Assert.Contains("call-back request", reply);
        Assert.Contains("hadn't been sent", reply);
        Assert.DoesNotContain("nothing from this chat was sent", reply);
        Assert.Null(await Store.ReadAsync(mine.Reference, CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync(someoneElses.Reference, CancellationToken.None));
    }

    [Fact]
    public async Task ARequestThatAlreadyReachedTheClinicIsErasedHereAndTheBotSaysThatCopyCannotBeRecalled()
    {
        await _chat.JoinAsync();
        var mine = await Requests.SubmitAsync(Drafts.Sample(), ChannelIds.Emulator, _chat.UserId, CancellationToken.None);
        await _app.Services.GetRequiredService<CallbackAdmin>().MarkHandledAsync(mine.Reference, CancellationToken.None);

        await _chat.SayAsync("please delete my data");

        var reply = _chat.LastMessages[0].Text;
        Assert.Contains("I can't recall what was already sent", reply);
        Assert.Contains("020 0000 0000", reply);
        Assert.Null(await Store.ReadAsync(mine.Reference, CancellationToken.None));
    }

    [Fact]
    public async Task WithNoRequestTheReplyIsTheUsualOne()
    {
        await _chat.JoinAsync();

        await _chat.SayAsync("delete my data");

        Assert.Contains("nothing from this chat was sent to the clinic", _chat.LastMessages[0].Text);
    }

    [Fact]
    public async Task TheChannelsDeleteUserDataErasesTheUsersRequests()
    {
        var mine = await Requests.SubmitAsync(Drafts.Sample(), ChannelIds.Emulator, _chat.UserId, CancellationToken.None);

        await _chat.SendAsync(new Activity { Type = ActivityTypes.DeleteUserData });

        Assert.Null(await Store.ReadAsync(mine.Reference, CancellationToken.None));
    }
}
