namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>One line of a JSON Lines file: its bytes (without the line break), or only the fact that it was too long.</summary>
internal readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>
/// Reads a stream line by line as bytes, in memory bounded by the line limit: a longer line is skipped up to its end and
/// returned as <see cref="Line.TooLong"/>, never held. Splits at <c>\n</c> (a preceding <c>\r</c> is dropped) and skips
/// a UTF-8 byte-order mark at the start; the bytes are not decoded, so invalid UTF-8 reaches the JSON reader as it is.
/// </summary>
internal sealed class LineReader(Stream input, int maxLineBytes)
{
    private const int ChunkSize = 1 << 16;
    private readonly byte[] chunk = new byte[ChunkSize];
    private byte[] line = new byte[4096];
    private int chunkStart;
    private int chunkEnd;
    private bool atStart = true;
    private bool ended;

    /// <summary>The number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line, or <see langword="null"/> at the end of the stream. The bytes are valid until the next call.</summary>
    public async ValueTask<Line?> ReadAsync(CancellationToken cancellationToken)
    {
        int length = 0;
        bool tooLong = false;
        bool any = false;
        while (true)
        {
            if (chunkStart == chunkEnd)
            {
                if (ended)
                {
                    break;
                }

                chunkStart = 0;
                chunkEnd = await input.ReadAsync(chunk, cancellationToken);
                if (chunkEnd == 0)
                {
                    ended = true;
                    break;
                }

                if (atStart)
                {
                    atStart = false;
                    if (chunkEnd >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF)
                    {
                        chunkStart = 3;
                    }
                }
            }

            any = true;
            ReadOnlySpan<byte> available = chunk.AsSpan(chunkStart, chunkEnd - chunkStart);
            int newline = available.IndexOf((byte)'\n');
            ReadOnlySpan<byte> part = newline < 0 ? available : available[..newline];
            if (!tooLong)
            {
                if (length + part.Length > maxLineBytes + 1)
                {
                    tooLong = true; // +1 leaves room for a \r that is dropped below
                }
                else
                {
                    Append(part, length);
                    length += part.Length;
                }
            }

            chunkStart += newline < 0 ? available.Length : newline + 1;
            if (newline >= 0)
            {
                return Finish(length, tooLong);
            }
        }

        return any ? Finish(length, tooLong) : null;
    }

    private Line Finish(int length, bool tooLong)
    {
        LineNumber++;
        if (length > 0 && line[length - 1] == (byte)'\r')
        {
            length--;
        }

        return tooLong || length > maxLineBytes ? new Line(default, TooLong: true) : new Line(line.AsMemory(0, length), TooLong: false);
    }

    private void Append(ReadOnlySpan<byte> part, int length)
    {
        if (length + part.Length > line.Length)
        {
            Array.Resize(ref line, Math.Min(Math.Max(line.Length * 2, length + part.Length), maxLineBytes + 1));
        }

        part.CopyTo(line.AsSpan(length));
    }
}
