using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Hosting;

/// <summary>The checks an inbound activity must pass before it reaches the bot; each failure is a sentence for the problem body.</summary>
public static class ActivityValidator
{
    public static IReadOnlyList<string> Validate(Activity activity)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            problems.Add("'type' is required.");
        }
        else if (!ActivityTypes.IsKnown(activity.Type))
        {
            problems.Add($"'type' \"{Truncate(activity.Type)}\" is not a Bot Framework activity type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            problems.Add("'conversation.id' is required.");
        }

        if (activity.From is null || string.IsNullOrWhiteSpace(activity.From.Id))
        {
            problems.Add("'from.id' is required.");
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            if (!expectReplies)
            {
                problems.Add("'serviceUrl' is required unless deliveryMode is \"expectReplies\".");
            }
        }
        else if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add("'serviceUrl' must be an absolute http or https URL.");
        }

        if ((activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.Invoke)) && string.IsNullOrWhiteSpace(activity.Name))
        {
            problems.Add($"'name' is required on {activity.Type} activities.");
        }

        return problems;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
