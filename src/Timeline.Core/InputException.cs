namespace Timeline.Core;

/// <summary>Bad input or usage: the message names the file, line or option and what is wrong (exit code 1).</summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }
}
