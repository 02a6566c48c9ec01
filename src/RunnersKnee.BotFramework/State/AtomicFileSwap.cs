using System.Runtime.InteropServices;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// Swaps two files in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>): a key's document and its spare
/// trade places, so a write reuses the spare's inode instead of creating a file and freeing the old one, which on ext4
/// cost more kernel time than the write (docs/performance.md). False where the call or the file system lacks it.
/// </summary>
internal static partial class AtomicFileSwap
{
    private const int CurrentDirectory = -100;
    private const uint Exchange = 2;

    public static bool TrySwap(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(CurrentDirectory, first, CurrentDirectory, second, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
