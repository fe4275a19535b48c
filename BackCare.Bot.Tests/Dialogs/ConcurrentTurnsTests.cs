using BackCare.Bot.Framework.Schema;
using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Dialogs;

public sealed class ConcurrentTurnsTests
{
    [Fact]
    public async Task TwoMessagesSentAtOnceAreBothAnsweredAndTheConversationCarriesOn()
    {
        await using var app = new BackCareApplication();
        var http = app.CreateClient();
        var chat = new ChatClient(http);
        await chat.JoinAsync();
        var a = new ChatClient(http, ChannelIds.Emulator, chat.ConversationId);
        var b = new ChatClient(http, ChannelIds.Emulator, chat.ConversationId);

        await Task.WhenAll(a.SayAsync("sciatica"), b.SayAsync("pregnancy"));

        var answers = a.LastText + b.LastText;
        Assert.Contains("4 to 6 weeks", answers);
        Assert.Contains("trained in pregnancy massage", answers);
        await chat.SayAsync("another question");
        Assert.Equal("What else can I help you with?", chat.LastMessages[^1].Text);
    }
}
