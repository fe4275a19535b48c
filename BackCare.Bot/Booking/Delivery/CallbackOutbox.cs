using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// Delivers committed call-back requests on every enabled channel, at least once, and records each channel apart.
/// <list type="bullet">
/// <item>It reads the store, so requests pending before a crash or restart are picked up again.</item>
/// <item>Each (request, channel) runs through a Polly pipeline: a timeout per attempt inside a retry with exponential
/// backoff and jitter. Before each attempt it claims the channel with the request's eTag (attempts + 1, a lease until
/// the attempt's timeout has passed), so another instance, or this one after a restart, neither sends it at the same
/// time nor gets more than <see cref="CallbackOptions.MaxAttempts"/> attempts in all.</item>
/// <item>A success is recorded at once; a channel that used up its attempts, or was refused for good, is marked
/// failed and the request shows as failed to staff. Nothing is ever dropped.</item>
/// </list>
/// Logs carry the reference, the channel and an error category only.
/// </summary>
public sealed partial class CallbackOutbox(
    CallbackStore store,
    CallbackChannels channels,
    CallbackOutboxSignal signal,
    IOptions<CallbackOptions> options,
    TimeProvider timeProvider,
    ILogger<CallbackOutbox> logger) : BackgroundService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<(string Reference, string Channel), Task> _inFlight = new();
    private readonly CallbackOptions _options = options.Value;
    private readonly IReadOnlyList<string> _enabledNames = channels.EnabledNames;

    /// <summary>Looks once for due deliveries and starts each on its own task.</summary>
    private async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var listed in await store.ListAsync(cancellationToken))
        {
            // A failed request may still have a channel to deliver (the webhook failed, the email is retrying).
            if (listed.Status is CallbackStatus.Delivered or CallbackStatus.Handled)
            {
                continue;
            }

            var request = listed.WithStatusFor(_enabledNames, now);
            if (!ReferenceEquals(request, listed))
            {
                // Settings changed since (a channel turned off): the status follows the channels enabled now.
                await store.UpdateAsync(request.Reference, r => r.WithStatusFor(_enabledNames, now), cancellationToken);
                continue;
            }

            foreach (var channel in channels.Enabled)
            {
                var delivery = request.DeliveryFor(channel.Name);
                var due = delivery.NextAttemptAt is null || delivery.NextAttemptAt <= now || delivery.LeaseOwner == _instance;
                if (delivery.IsFinished || !due || _inFlight.ContainsKey((request.Reference, channel.Name)))
                {
                    continue;
                }

                var key = (request.Reference, channel.Name);
                var task = Task.Run(() => DeliverAsync(request.Reference, channel, cancellationToken), CancellationToken.None);
                _inFlight[key] = task;
                _ = task.ContinueWith(t => _inFlight.TryRemove(KeyValuePair.Create(key, t)), TaskScheduler.Default);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (channels.Enabled.Count == 0)
        {
            if (_options.AdminEnabled)
            {
                LogNoChannel(logger);
            }
            else
            {
                LogNoChannelNoAdmin(logger);
            }

            return;
        }

        LogStarted(logger, string.Join(", ", _enabledNames), _options.MaxAttempts);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception.GetType().Name);
            }

            try
            {
                await signal.WaitAsync(_options.PollInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        // Let attempts under way finish recording (they stop at the token); what they leave pending resumes next start.
        await Task.WhenAll(_inFlight.Values.ToList());
    }

    private async Task DeliverAsync(string reference, ICallbackChannel channel, CancellationToken stoppingToken)
    {
        try
        {
            var request = await store.ReadAsync(reference, stoppingToken);
            if (request is null || request.Status == CallbackStatus.Handled || request.DeliveryFor(channel.Name).IsFinished)
            {
                return;
            }

            var remaining = _options.MaxAttempts - request.DeliveryFor(channel.Name).Attempts;
            if (remaining <= 0)
            {
                await RecordOutcomeAsync(reference, channel.Name, d => d with { FailedAt = timeProvider.GetUtcNow() }, stoppingToken);
                LogFailed(logger, reference, channel.Name, request.DeliveryFor(channel.Name).Attempts, request.DeliveryFor(channel.Name).LastError ?? "no attempts left");
                return;
            }

            var attempts = new StrongBox<int>();
            var pipeline = BuildPipeline(reference, channel.Name, remaining, attempts, stoppingToken);
            try
            {
                await pipeline.ExecuteAsync(
                    async token =>
                    {
                        var claimed = await ClaimAsync(reference, channel.Name, token);
                        attempts.Value = claimed.DeliveryFor(channel.Name).Attempts;
                        await channel.DeliverAsync(claimed, token);
                    },
                    stoppingToken);
            }
            catch (Exception exception) when (exception is not ClaimLostException && !stoppingToken.IsCancellationRequested)
            {
                var category = Describe(exception);
                await RecordOutcomeAsync(reference, channel.Name, d => d with { FailedAt = timeProvider.GetUtcNow(), LastError = category }, stoppingToken);
                LogFailed(logger, reference, channel.Name, attempts.Value, category);
                return;
            }

            await RecordOutcomeAsync(reference, channel.Name, d => d with { DeliveredAt = timeProvider.GetUtcNow(), LastError = null }, stoppingToken);
            LogDelivered(logger, reference, channel.Name, attempts.Value);
        }
        catch (ClaimLostException)
        {
            // Delivered, handled, erased or claimed elsewhere since it was listed: nothing to do here.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the request stays pending in the store and resumes at the next start.
        }
        catch (Exception exception)
        {
            // The store itself failed; the next poll tries again.
            LogDeliveryError(logger, reference, channel.Name, exception.GetType().Name);
        }
    }

    /// <param name="attempts">The attempt count as stored by the latest claim (across restarts), for the logs.</param>
    private ResiliencePipeline BuildPipeline(string reference, string channel, int remainingAttempts, StrongBox<int> attempts, CancellationToken stoppingToken)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (remainingAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = remainingAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e switch
                {
                    ClaimLostException => false,
                    CallbackDeliveryException { Permanent: true } => false,
                    OperationCanceledException when stoppingToken.IsCancellationRequested => false,
                    _ => true,
                }),
                OnRetry = async args =>
                {
                    var category = Describe(args.Outcome.Exception);
                    var next = timeProvider.GetUtcNow() + args.RetryDelay;
                    await RecordOutcomeAsync(reference, channel, d => d with { NextAttemptAt = next, LastError = category }, stoppingToken, keepLease: true);
                    LogRetrying(logger, reference, channel, attempts.Value, category, args.RetryDelay.TotalSeconds);
                },
            });
        }

        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    /// <summary>Counts the attempt and takes the lease, or throws <see cref="ClaimLostException"/> when this attempt must not run.</summary>
    private async Task<CallbackRequest> ClaimAsync(string reference, string channel, CancellationToken cancellationToken)
    {
        var claimed = await store.UpdateAsync(
            reference,
            request =>
            {
                var now = timeProvider.GetUtcNow();
                var delivery = request.DeliveryFor(channel);
                var leasedElsewhere = delivery.LeaseOwner != _instance && delivery.NextAttemptAt > now;
                if (request.Status == CallbackStatus.Handled || delivery.IsFinished || leasedElsewhere || delivery.Attempts >= _options.MaxAttempts)
                {
                    throw new ClaimLostException();
                }

                return request.WithDelivery(channel, delivery with
                {
                    Attempts = delivery.Attempts + 1,
                    LeaseOwner = _instance,
                    NextAttemptAt = now + _options.AttemptTimeout + _options.AttemptTimeout,
                });
            },
            cancellationToken);
        return claimed ?? throw new ClaimLostException();
    }

    private Task RecordOutcomeAsync(string reference, string channel, Func<ChannelDelivery, ChannelDelivery> change, CancellationToken cancellationToken, bool keepLease = false) =>
        store.UpdateAsync(
            reference,
            request =>
            {
                var delivery = change(request.DeliveryFor(channel));
                if (!keepLease)
                {
                    delivery = delivery with { LeaseOwner = null, NextAttemptAt = null };
                }

                return request.WithDelivery(channel, delivery).WithStatusFor(_enabledNames, timeProvider.GetUtcNow());
            },
            cancellationToken);

    private static string Describe(Exception? exception) => exception switch
    {
        CallbackDeliveryException delivery => delivery.Message,
        TimeoutRejectedException => "timeout",
        HttpRequestException { HttpRequestError: var error } => $"connection failed ({error})",
        System.Net.Sockets.SocketException { SocketErrorCode: var code } => $"connection failed ({code})",
        null => "unknown",
        _ => exception.GetType().Name,
    };

    /// <summary>This attempt must not run: the channel is delivered, failed or leased elsewhere, or the request is handled or gone.</summary>
    private sealed class ClaimLostException : Exception;

    [LoggerMessage(EventId = 510, Level = LogLevel.Information, Message = "Call-back delivery on: {Channels} ({MaxAttempts} attempts per channel)")]
    private static partial void LogStarted(ILogger logger, string channels, int maxAttempts);

    [LoggerMessage(EventId = 511, Level = LogLevel.Warning, Message = "Call-back delivery off: neither Callbacks:Webhook:Url nor Callbacks:Email:Host is set. Requests stay in the store; staff see them through the admin API (/api/admin/callbacks)")]
    private static partial void LogNoChannel(ILogger logger);

    [LoggerMessage(EventId = 517, Level = LogLevel.Warning, Message = "Call-back delivery off: neither Callbacks:Webhook:Url nor Callbacks:Email:Host is set, and the admin API is off. Requests stay in the store; set Callbacks:AdminKey so staff can see them (/api/admin/callbacks)")]
    private static partial void LogNoChannelNoAdmin(ILogger logger);

    [LoggerMessage(EventId = 512, Level = LogLevel.Information, Message = "Call-back request {Reference} delivered by {Channel} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string reference, string channel, int attempt);

    [LoggerMessage(EventId = 513, Level = LogLevel.Warning, Message = "Call-back request {Reference}: {Channel} attempt {Attempt} failed ({Error}); next in {DelaySeconds:F1} s")]
    private static partial void LogRetrying(ILogger logger, string reference, string channel, int attempt, string error, double delaySeconds);

    [LoggerMessage(EventId = 514, Level = LogLevel.Error, Message = "Call-back request {Reference} FAILED on {Channel} after {Attempts} attempts ({Error}); kept for staff (admin API: retry)")]
    private static partial void LogFailed(ILogger logger, string reference, string channel, int attempts, string error);

    [LoggerMessage(EventId = 515, Level = LogLevel.Error, Message = "Call-back outbox poll failed ({Error}); trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 516, Level = LogLevel.Error, Message = "Call-back request {Reference}: recording {Channel} delivery failed ({Error}); trying again at the next poll")]
    private static partial void LogDeliveryError(ILogger logger, string reference, string channel, string error);
}
