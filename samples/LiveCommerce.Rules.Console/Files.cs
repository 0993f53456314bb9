namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>
/// How <c>lcr</c> reads its inputs and writes its outputs: no command destroys its input, every file fault is a usage
/// error naming its real cause, and an output appears whole or not at all (written to a temporary file beside it, then
/// moved into place).
/// </summary>
internal static class Files
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The bytes of an input file.</summary>
    /// <exception cref="UsageException">The file is missing, a folder, or unreadable.</exception>
    public static byte[] ReadAll(FileInfo file)
    {
        CheckReadable(file);
        try
        {
            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(file, ex);
        }
    }

    /// <summary>An input file opened for reading.</summary>
    /// <exception cref="UsageException">The file is missing, a folder, or unreadable.</exception>
    public static FileStream OpenRead(FileInfo file)
    {
        CheckReadable(file);
        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(file, ex);
        }
    }

    /// <summary>
    /// Checks an output before any work is done: it must not be an input (also through a symbolic link), not a folder,
    /// and its folder must exist and be writable. Returns the output to write.
    /// </summary>
    /// <exception cref="UsageException">The output is refused; the message says why.</exception>
    public static AtomicOutput PrepareOutput(FileInfo target, string option, params FileInfo?[] inputs)
    {
        string path = Canonical(target.FullName);
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {target.FullName} is a folder, not a file.");
        }

        string folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{option} {target.FullName}: the folder {folder} does not exist.");
        }

        foreach (FileInfo? input in inputs)
        {
            if (input is not null && string.Equals(Canonical(input.FullName), path, PathComparison))
            {
                throw new UsageException($"{option} {target.FullName} is an input of this command ({input.FullName}); writing there would destroy it. Choose another file.");
            }
        }

        return AtomicOutput.Create(path, target.FullName);
    }

    private static void CheckReadable(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new UsageException($"Cannot read {file.FullName}: it is a folder, not a file.");
        }

        if (!File.Exists(file.FullName))
        {
            throw new UsageException($"Cannot read {file.FullName}: the file does not exist.");
        }
    }

    private static UsageException CannotRead(FileInfo file, Exception ex) =>
        new(ex is UnauthorizedAccessException ? $"Cannot read {file.FullName}: permission denied." : $"Cannot read {file.FullName}: {ex.Message}");

    /// <summary>The path with every symbolic link along it resolved, so that two names of one file compare equal.</summary>
    internal static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full)!;
        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved)
                {
                    current = Canonical(resolved.FullName);
                }
            }
            catch (IOException)
            {
                return full; // a link loop: keep the path as given; the write will fail with its own message
            }
        }

        return current;
    }
}

/// <summary>An output being written to a temporary file beside its target; <see cref="Commit"/> moves it into place, and
/// disposing without committing deletes it, so an interrupted run leaves the previous file (or none) and no half file.</summary>
internal sealed class AtomicOutput : IDisposable
{
    private readonly string path;
    private readonly string shownAs;
    private readonly string temporary;
    private bool committed;

    private AtomicOutput(string path, string shownAs, string temporary, FileStream stream)
    {
        this.path = path;
        this.shownAs = shownAs;
        this.temporary = temporary;
        Stream = stream;
    }

    /// <summary>Where to write.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file in the target's folder (a move within one folder is atomic).</summary>
    /// <exception cref="UsageException">The folder is not writable.</exception>
    public static AtomicOutput Create(string path, string shownAs)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            return new AtomicOutput(path, shownAs, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16));
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write {shownAs}: permission denied in the folder {Path.GetDirectoryName(path)}.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"Cannot write {shownAs}: {ex.Message}");
        }
    }

    /// <summary>Flushes the temporary file and moves it over the target.</summary>
    /// <exception cref="UsageException">The file cannot be written or moved.</exception>
    public void Commit()
    {
        try
        {
            Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            File.Move(temporary, path, overwrite: true);
            committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write {shownAs}: {(ex is UnauthorizedAccessException ? "permission denied." : ex.Message)}");
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Stream.Dispose();
        if (!committed)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the target itself was never touched.
            }
        }
    }
}
