using System.Buffers.Binary;
using System.IO.Compression;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// Just enough of PNG (https://www.w3.org/TR/png/) to check Teams icons: the IHDR header and, for 8-bit
/// greyscale/RGB with or without alpha, non-interlaced, the pixels as RGBA.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[] compressed)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlace = interlace;
        Compressed = compressed;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha.</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    private byte[] Compressed { get; }

    public static PngImage Read(byte[] file)
    {
        if (file.Length < 33 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file (bad signature).");
        }

        var offset = 8;
        byte[]? header = null;
        using var idat = new MemoryStream();
        while (offset + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IEND")
            {
                break;
            }

            if (type == "IHDR")
            {
                header = data.ToArray();
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        if (header is not { Length: 13 })
        {
            throw new InvalidDataException("PNG has no valid IHDR chunk.");
        }

        return new PngImage(
            BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)), header[8], header[9], header[12], idat.ToArray());
    }

    /// <summary>The pixels, row by row, as R, G, B, A bytes.</summary>
    public byte[] ReadRgba()
    {
        var channels = ColorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new NotSupportedException($"PNG colour type {ColorType} is not decoded here."),
        };
        if (BitDepth != 8 || Interlace != 0)
        {
            throw new NotSupportedException("Only 8-bit, non-interlaced PNGs are decoded here.");
        }

        var stride = Width * channels;
        var raw = Inflate();
        var pixels = new byte[Width * Height * 4];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var rowStart = y * (stride + 1);
            Unfilter(raw[rowStart], raw.AsSpan(rowStart + 1, stride), previous, current, channels);
            for (var x = 0; x < Width; x++)
            {
                var source = current.AsSpan(x * channels, channels);
                var target = pixels.AsSpan((y * Width + x) * 4, 4);
                (target[0], target[1], target[2], target[3]) = channels switch
                {
                    1 => (source[0], source[0], source[0], (byte)255),
                    2 => (source[0], source[0], source[0], source[1]),
                    3 => (source[0], source[1], source[2], (byte)255),
                    _ => (source[0], source[1], source[2], source[3]),
                };
            }

            (previous, current) = (current, previous);
        }

        return pixels;
    }

    private byte[] Inflate()
    {
        using var zlib = new ZLibStream(new MemoryStream(Compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> line, byte[] previous, byte[] current, int bytesPerPixel)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
            int up = previous[i];
            int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG filter type {filter}."),
            };
            current[i] = (byte)(line[i] + predictor);
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
