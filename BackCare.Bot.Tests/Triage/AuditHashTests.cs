using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

public sealed class AuditHashTests
{
    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("19:meeting_Ünïcødé@thread.v2", "7998d35b04d1c14418f628fc5ad0e7cafd967cf305f9a7b67d2d1829132e92d0")]
    public void ForConversationIsTheLowercaseHexSha256OfTheUtf8Id(string conversationId, string expected)
    {
        Assert.Equal(expected, AuditHash.ForConversation(conversationId));
    }

    [Fact]
    public void EmptyConversationIdIsRejected()
    {
        Assert.Throws<ArgumentException>(() => AuditHash.ForConversation(string.Empty));
    }

    [Theory]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", true)]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", false)]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", false)]
    [InlineData("webchat-conversation-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsHashAcceptsOnlyWhatForConversationReturns(string? value, bool expected)
    {
        Assert.Equal(expected, AuditHash.IsHash(value));
    }
}
