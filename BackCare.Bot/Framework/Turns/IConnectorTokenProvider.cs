namespace BackCare.Bot.Framework.Turns;

/// <summary>Supplies the bearer token for outbound Connector calls; null means send none (protocol.md R4.3).</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
