using BackCare.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

public sealed class LocalTokenIssuerTests
{
    private readonly FakeTimeProvider _time = DirectLineApplication.Clock();
    private readonly LocalTokenIssuer _issuer;

    public LocalTokenIssuerTests() => _issuer = NewIssuer();

    [Fact]
    public async Task IssuedTokenGrantsItsConversationAndUserForThirtyMinutes()
    {
        var token = _issuer.Issue("conv-1", "dl_alice");

        var check = await _issuer.CheckAuthorizationAsync($"Bearer {token.Value}");

        Assert.Equal(TokenCheckStatus.Valid, check.Status);
        Assert.Equal("conv-1", check.Token!.ConversationId);
        Assert.Equal("dl_alice", check.Token.UserId);
        Assert.Equal(1800, token.ExpiresInSeconds(_time.GetUtcNow()));
    }

    [Fact]
    public async Task TokenExpiresAtTheEndOfItsLifetime()
    {
        var token = _issuer.Issue("conv-1", "dl_alice");

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        Assert.Equal(TokenCheckStatus.Valid, (await _issuer.CheckAsync(token.Value)).Status);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TokenCheckStatus.Expired, (await _issuer.CheckAsync(token.Value)).Status);
    }

    [Fact]
    public async Task TokenWithAnEditedPayloadIsInvalid()
    {
        var token = _issuer.Issue("conv-1", "dl_alice");
        var parts = token.Value.Split('.');
        var other = _issuer.Issue("conv-2", "dl_mallory").Value.Split('.');

        var spliced = $"{parts[0]}.{other[1]}.{parts[2]}";

        Assert.Equal(TokenCheckStatus.Invalid, (await _issuer.CheckAsync(spliced)).Status);
    }

    [Fact]
    public async Task TokenFromAnotherProcessIsInvalid()
    {
        var token = NewIssuer().Issue("conv-1", "dl_alice");

        Assert.Equal(TokenCheckStatus.Invalid, (await _issuer.CheckAsync(token.Value)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task HeaderWithoutABearerTokenIsMissing(string? header)
    {
        Assert.Equal(TokenCheckStatus.Missing, (await _issuer.CheckAuthorizationAsync(header)).Status);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJjb252IjoiYyIsInVzZXIiOiJ1IiwiZXhwIjo0MTAyNDQ0ODAwfQ.")]
    public async Task GarbageOrUnsignedTokenIsInvalid(string header)
    {
        Assert.Equal(TokenCheckStatus.Invalid, (await _issuer.CheckAuthorizationAsync(header)).Status);
    }

    private LocalTokenIssuer NewIssuer() => new(Options.Create(new DirectLineOptions()), _time);
}
