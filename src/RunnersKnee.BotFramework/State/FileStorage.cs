using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// The embedded default: one JSON file per key in a folder. Writes go to a temporary file that then replaces the
/// old one, so a process killed mid-write leaves either the old or the new document, never half of one. The ETag
/// is a hash of the content. One process owns the folder (use Blob storage to share state between instances).
/// </summary>
public sealed class FileStorage : IStorage
{
    private readonly string _directory;
    private readonly KeyedAsyncLock _locks = new();

    public FileStorage(IOptions<FileStorageOptions> options)
    {
        _directory = Path.GetFullPath(options.Value.Directory);
        Directory.CreateDirectory(_directory);
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            using (await _locks.EnterAsync(key, cancellationToken))
            {
                var bytes = await ReadFileAsync(PathFor(key), cancellationToken);
                if (bytes is not null)
                {
                    found[key] = new StoreItem(new BinaryData(bytes), ETagOf(bytes));
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, change) in changes)
        {
            using (await _locks.EnterAsync(key, cancellationToken))
            {
                var path = PathFor(key);
                var current = await ReadFileAsync(path, cancellationToken);
                ETagRules.EnsureWritable(key, change.ETag, current is null ? null : ETagOf(current));
                var bytes = change.Content.ToArray();
                await ReplaceFileAsync(path, bytes, cancellationToken);
                etags[key] = ETagOf(bytes);
            }
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            using (await _locks.EnterAsync(key, cancellationToken))
            {
                try
                {
                    File.Delete(PathFor(key));
                }
                catch (IOException exception)
                {
                    throw new StorageUnavailableException($"Could not delete '{key}'.", exception);
                }
            }
        }
    }

    private string PathFor(string key) => Path.Combine(_directory, StorageKeys.ToFileName(key));

    private static string ETagOf(byte[] content) => Convert.ToHexString(SHA256.HashData(content), 0, 12);

    private static async Task<byte[]?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (IOException exception)
        {
            throw new StorageUnavailableException($"Could not read '{path}'.", exception);
        }
    }

    private static async Task ReplaceFileAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new StorageUnavailableException($"Could not write '{path}'.", exception);
        }
    }
}
