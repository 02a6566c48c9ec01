using RunnersKnee.Bot.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Due events on Azure Storage Queues, for several instances: a message is sent invisible until the event is
/// due (visibility-timeout delivery), and whichever instance receives it handles it. The message holds only a
/// pointer; the event itself is a document in the bot's storage, so cancelling or erasing it is a delete, and a
/// message whose document is gone or was replaced is dropped.
/// </summary>
public sealed class QueueDueEventScheduler(
    QueueClient queue,
    IStorage storage,
    TimeProvider time,
    IOptions<QueueSchedulerOptions> options,
    DueEventCalls calls,
    ILogger<QueueDueEventScheduler> logger) : IDueEventScheduler, IDueEventSource
{
    // Azure keeps a message invisible for at most 7 days.
    private static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(2);
    private int _created;

    public async Task ScheduleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
    {
        await EnsureQueueAsync(cancellationToken);
        var record = new QueuedDueEvent(Guid.NewGuid().ToString("N"), dueEvent);
        var id = DocumentId(dueEvent.Key);
        calls.DocumentWritten();
        await storage.WriteAsync(
            new Dictionary<string, StoreItem> { [DocumentKey(id)] = new(BinaryData.FromObjectAsJson(record, BotJson.Options), StoreItem.AnyETag) },
            cancellationToken);
        await SendPointerAsync(new QueuePointer(id, record.Version), dueEvent.DueAt, cancellationToken);
    }

    private async Task SendPointerAsync(QueuePointer pointer, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var delay = dueAt - time.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxVisibilityDelay ? MaxVisibilityDelay : delay;

        // The service counts whole seconds and the SDK drops the fraction: round up, or the event fires early.
        delay = TimeSpan.FromSeconds(Math.Ceiling(delay.TotalSeconds));
        var text = JsonSerializer.Serialize(pointer, BotJson.Options);
        calls.QueueSend();
        await queue.SendMessageAsync(text, visibilityTimeout: delay, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
    }

    public Task CancelAsync(string key, CancellationToken cancellationToken)
    {
        calls.DocumentDeleted();
        return storage.DeleteAsync([DocumentKey(DocumentId(key))], cancellationToken);
    }

    public Task CancelConversationAsync(string conversationKey, CancellationToken cancellationToken)
    {
        calls.DocumentDeleted();
        return storage.DeleteAsync([.. DueEventNames.PerPerson.Select(name => DocumentKey(DocumentId($"{conversationKey}/{name}")))], cancellationToken);
    }

    public async Task RunAsync(IDueEventHandler handler, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                await EnsureQueueAsync(stoppingToken);
                calls.Queue();
                var messages = (await queue.ReceiveMessagesAsync(32, settings.LeaseTime, stoppingToken)).Value;
                received = messages.Length;
                await Task.WhenAll(messages.Select(message => ProcessAsync(message, handler, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                CoachLog.QueuePollFailed(logger, exception);
            }

            if (received == 0)
            {
                try
                {
                    await Task.Delay(settings.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ProcessAsync(QueueMessage message, IDueEventHandler handler, CancellationToken cancellationToken)
    {
        var pointer = ReadPointer(message.MessageText);
        var key = pointer is null ? null : DocumentKey(pointer.Id);
        if (key is not null)
        {
            calls.DocumentRead();
        }

        var stored = key is null ? null : (await storage.ReadAsync([key], cancellationToken)).GetValueOrDefault(key);
        var record = stored?.Content.ToObjectFromJson<QueuedDueEvent>(BotJson.Options);
        if (record is not null && record.Version == pointer!.Version && record.Event.DueAt - time.GetUtcNow() > EarlyTolerance)
        {
            // Azure hides a message for 7 days at most: an event due later (a weekly reminder) shows early and is sent on.
            await SendPointerAsync(pointer, record.Event.DueAt, cancellationToken);
        }
        else if (record is not null && record.Version == pointer!.Version)
        {
            try
            {
                await handler.HandleAsync(record.Event, cancellationToken);
            }
            catch (DueEventDeferredException)
            {
                // Shutting down: neither the message nor the document is deleted. The message shows again when its
                // lease ends, to this instance once restarted or to another one.
                CoachLog.DueEventKeptForRestart(logger, record.Event.Name);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (message.DequeueCount < options.Value.MaxDequeueCount)
                {
                    // Left on the queue: it becomes visible again when the lease ends and is tried once more.
                    CoachLog.QueuedEventFailed(logger, exception, record.Event.Name, (int)message.DequeueCount);
                    return;
                }

                // Given up: deleted below, or it would come back after every lease for as long as it lives.
                CoachLog.QueuedEventDropped(logger, exception, record.Event.Name, (int)message.DequeueCount);
            }

            await DeleteDocumentIfUnchangedAsync(key!, stored!, cancellationToken);
        }

        calls.Queue();
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private async Task DeleteDocumentIfUnchangedAsync(string key, StoreItem stored, CancellationToken cancellationToken)
    {
        // Replaced meanwhile (a new rest was scheduled under the same key): keep the new one.
        calls.DocumentRead();
        var current = (await storage.ReadAsync([key], cancellationToken)).GetValueOrDefault(key);
        if (current?.ETag == stored.ETag)
        {
            calls.DocumentDeleted();
            await storage.DeleteAsync([key], cancellationToken);
        }
    }

    private async Task EnsureQueueAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            calls.Queue();
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }

    /// <summary>
    /// The event's document id: a hash of its key, so neither the document name nor the queue message (which
    /// cannot be reached before it is due, and so outlives a privacy erase) names the conversation.
    /// </summary>
    private static string DocumentId(string eventKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventKey)));

    private static string DocumentKey(string documentId) => "timers/" + documentId;

    /// <summary>The pointer of a message, or null for one this scheduler did not write (it is dropped).</summary>
    private static QueuePointer? ReadPointer(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<QueuePointer>(text, BotJson.Options) is { Id.Length: 64, Version: not null } pointer
                && pointer.Id.All(char.IsAsciiHexDigitLower)
                    ? pointer
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record QueuePointer(string Id, string Version);
}
