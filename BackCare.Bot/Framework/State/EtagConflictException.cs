namespace BackCare.Bot.Framework.State;

/// <summary>Thrown when a write carries an eTag that is no longer current, or creates a key that exists.</summary>
public sealed class EtagConflictException(string key)
    : Exception($"eTag conflict on '{key}': the item changed since it was read. Reload it and retry the turn.")
{
    public string Key { get; } = key;
}
