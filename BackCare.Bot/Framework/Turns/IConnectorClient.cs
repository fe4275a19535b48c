using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Turns;

/// <summary>Sends the bot's activities to a channel's Connector endpoint at the activity's serviceUrl.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);
}
