using System.Text.Json;
using BackCare.Bot.Framework.Dialogs;
using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>The prompt a dialog stack is waiting on: the innermost active dialog, and its options if it is a prompt.</summary>
public sealed record PendingPrompt(DialogInstance Instance, PromptOptions? Options, IReadOnlyList<string> Path)
{
    /// <summary>The innermost active dialog of <paramref name="stack"/> (following component dialogs' inner stacks), or null when empty.</summary>
    public static PendingPrompt? Find(IReadOnlyList<DialogInstance> stack)
    {
        var path = new List<string>();
        DialogInstance? leaf = null;
        var current = stack;
        while (current.Count > 0)
        {
            leaf = current[0];
            path.Add(leaf.Id);
            current = leaf.InnerState?.DialogStack ?? [];
        }

        if (leaf is null)
        {
            return null;
        }

        // Only prompts count attempts; a waiting waterfall also keeps "options", of another shape.
        var options = leaf.State.ContainsKey(Prompt<object>.AttemptCountKey)
            ? leaf.State[Prompt<object>.OptionsKey]?.Deserialize<PromptOptions>(ProtocolJson.Options)
            : null;
        return new PendingPrompt(leaf, options, path);
    }

    public string Id => Instance.Id;

    /// <summary>True when one of the dialogs on the path to the prompt is <paramref name="dialogId"/>.</summary>
    public bool IsInside(string dialogId) => Path.Contains(dialogId);
}
