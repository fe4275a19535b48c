using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>Turns a prompt and its choices into suggested actions or card buttons for the channel.</summary>
public static class ChoiceFactory
{
    public static Activity AddChoices(Activity prompt, Activity incoming, IReadOnlyList<Choice> choices, ListStyle style)
    {
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return prompt;
        }

        var useSuggested = style switch
        {
            ListStyle.SuggestedAction => true,
            ListStyle.HeroCard => false,
            // Teams shows no suggested actions on a message that carries attachments (protocol.md R7.10).
            _ => ChannelCapabilities.SupportsSuggestedActions(incoming, choices.Count)
                 && !(incoming.ChannelId == ChannelIds.MsTeams && prompt.Attachments is { Count: > 0 }),
        };

        var buttons = choices.Select(c => CardAction.ImBack(c.DisplayText)).ToList();
        if (useSuggested)
        {
            prompt.SuggestedActions = new SuggestedActions { Actions = buttons };
        }
        else
        {
            prompt.Attachments = [.. prompt.Attachments ?? [], new HeroCard { Buttons = buttons }.ToAttachment()];
        }

        return prompt;
    }
}
