using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>
/// The local endpoint's conversations, in memory: bounded in number (<see cref="LocalDirectLineOptions.MaxConversations"/>,
/// least recently used forgotten first) and expiring after <see cref="LocalDirectLineOptions.ConversationIdleTimeout"/>
/// without use. A restart forgets them all (the tokens stop working too, their key being per process).
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    private LocalDirectLineOptions Settings => options.Value.Local;

    public int Count => _conversations.Count;

    /// <summary>The conversation, unless it does not exist or has expired (then it is forgotten now).</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            Forget(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Starts the conversation for this user, or finds it if it was started before. Created is true the first time.</summary>
    public (DirectLineConversation Conversation, bool Created) Start(string conversationId, string userId)
    {
        lock (_createGate)
        {
            if (Find(conversationId) is { } existing)
            {
                return (existing, false);
            }

            var now = time.GetUtcNow();
            SweepExpired(now);
            while (_conversations.Count >= Settings.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastUsed);
                if (oldest is null)
                {
                    break;
                }

                Forget(oldest);
            }

            var conversation = new DirectLineConversation(conversationId, userId, Settings.MaxActivitiesPerConversation, now);
            _conversations[conversationId] = conversation;
            return (conversation, true);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation, now))
            {
                Forget(conversation);
            }
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= Settings.ConversationIdleTimeout;

    private void Forget(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }
}
