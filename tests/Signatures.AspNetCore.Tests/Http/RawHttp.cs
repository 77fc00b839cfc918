using System.Net.Sockets;
using System.Text;

namespace Signatures.AspNetCore.Tests.Http;

/// <summary>Small helpers for requests an <see cref="HttpClient"/> will not send (a truncated body, a client that goes away).</summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="request"/> as raw bytes, optionally closes the sending side, and returns what the
    /// server answered (its status line onwards), or an empty string when it closed without answering.</summary>
    public static async Task<string> SendAsync(Uri address, byte[] request, bool closeSending)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(request);
        if (closeSending) client.Client.Shutdown(SocketShutdown.Send);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
                if (Encoding.ASCII.GetString(answer.ToArray()).Contains("\r\n\r\n", StringComparison.Ordinal) && !closeSending) break;
            }
        }
        catch (IOException)
        {
            // The server reset the connection after answering.
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    /// <summary>The status code of a raw HTTP/1.1 answer.</summary>
    public static int Status(string answer) => int.Parse(answer.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
}
