using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// The embedded default: one JSON file per key in a folder, and beside it a spare that the next write fills and then
/// swaps with it, so a process killed mid-write leaves either the old or the new document, never half of one. The ETag
/// is a hash of the content. One process owns the folder (use Blob storage to share state between instances).
/// The files are small and local, so they are read and written synchronously: an "async" file call on Linux is the
/// same call queued to the thread pool, which costs a turn more CPU than the call itself.
/// </summary>
public sealed class FileStorage : IStorage
{
    private readonly string _directory;
    private readonly KeyedAsyncLock _locks = new();

    // Each key's file as this process last read or wrote it, so a write that finds the file unchanged (same length
    // and write time) checks the caller's ETag without reading and hashing the file again. Bounded, so a process that
    // meets many people keeps no entry per person for its life: when full it starts again, and a key it forgot costs
    // one read and hash at its next write.
    private readonly BoundedCache<FileVersion> _known = new(MaxKnownFiles);

    private const int MaxKnownFiles = 4096;

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
                if (Read(key) is { } file)
                {
                    found[key] = new StoreItem(new BinaryData(file.Bytes), file.Version.ETag);
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
                ETagRules.EnsureWritable(key, change.ETag, CurrentETag(key));
                etags[key] = Replace(key, change.Content.ToMemory().Span);
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
                    _known.Remove(key);
                    File.Delete(PathFor(key));
                    File.Delete(SpareOf(PathFor(key)));
                }
                catch (IOException exception)
                {
                    throw new StorageUnavailableException($"Could not delete '{key}'.", exception);
                }
            }
        }
    }

    private string PathFor(string key) => Path.Combine(_directory, StorageKeys.ToFileName(key));

    private static string ETagOf(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content), 0, 12);

    /// <summary>The ETag of the key's file now: the known one when the file is as this process left it, else read.</summary>
    private string? CurrentETag(string key)
    {
        var info = new FileInfo(PathFor(key));
        if (!info.Exists)
        {
            return null;
        }

        return _known.TryGetValue(key, out var known) && known.Length == info.Length && known.WrittenUtc == info.LastWriteTimeUtc
            ? known.ETag
            : Read(key)?.Version.ETag;
    }

    private (byte[] Bytes, FileVersion Version)? Read(string key)
    {
        var path = PathFor(key);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            var written = File.GetLastWriteTimeUtc(handle);
            var bytes = new byte[RandomAccess.GetLength(handle)];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (count == 0)
                {
                    throw new IOException($"'{path}' ended before its length.");
                }

                read += count;
            }

            var version = new FileVersion(bytes.Length, written, ETagOf(bytes));
            Remember(key, version);
            return (bytes, version);
        }
        catch (FileNotFoundException)
        {
            _known.Remove(key);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Could not read '{path}'.", exception);
        }
    }

    /// <summary>
    /// Writes the document into the key's spare file and swaps the two, so the key's file holds the old or the new
    /// document, never half of one, and no file is created or freed per write; where files cannot be swapped (the
    /// first write, another system) the spare is moved over the key's file. Returns the new ETag.
    /// </summary>
    private string Replace(string key, ReadOnlySpan<byte> bytes)
    {
        var path = PathFor(key);
        var spare = SpareOf(path);
        try
        {
            DateTime written;
            using (var handle = File.OpenHandle(spare, FileMode.Create, FileAccess.Write))
            {
                RandomAccess.Write(handle, bytes, 0);
                written = File.GetLastWriteTimeUtc(handle);
            }

            if (!AtomicFileSwap.TrySwap(spare, path))
            {
                File.Move(spare, path, overwrite: true);
            }

            var version = new FileVersion(bytes.Length, written, ETagOf(bytes));
            Remember(key, version);
            return version.ETag;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _known.Remove(key);
            throw new StorageUnavailableException($"Could not write '{path}'.", exception);
        }
    }

    /// <summary>The key's second file: the document before the last write, or one being written.</summary>
    private static string SpareOf(string path) => path + ".spare";

    private void Remember(string key, FileVersion version) => _known.Set(key, version);

    private readonly record struct FileVersion(long Length, DateTime WrittenUtc, string ETag);
}
