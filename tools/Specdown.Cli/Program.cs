using System;

namespace Specdown.Cli;

internal static class Program
{
    private static int Main(string[] args) => SpecdownApp.Run(args, Console.Out, Console.Error);
}
