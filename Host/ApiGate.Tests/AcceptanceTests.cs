// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>Device code that nanoFramework runs, including what the .NET compiler emits differently.</summary>
    [TestClass]
    public sealed class AcceptanceTests
    {
        [TestMethod]
        public void LockIsAccepted()
        {
            using var image = Snippets.Compile(@"
namespace Snippets
{
    public class Device
    {
        private readonly object _sync = new object();
        private int _count;

        public void Bump()
        {
            lock (_sync)
            {
                _count++;
            }
        }
    }
}");

            // proves the .NET form was emitted and accepted as the listed Monitor.Enter(object)
            CollectionAssert.Contains(Snippets.MemberReferences(image).ToList(), "System.Threading.Monitor::Enter");
            Snippets.AssertClean(Snippets.Checker.Check(image));
        }

        [TestMethod]
        public void SpanByteIsAccepted()
        {
            Snippets.AssertClean(Snippets.Gate(@"
using System;

namespace Snippets
{
    public class Device
    {
        private readonly byte[] _buffer = new byte[16];

        public int Frame(SpanByte payload)
        {
            SpanByte whole = _buffer;
            SpanByte head = new SpanByte(_buffer, 0, 4);
            SpanByte body = whole.Slice(4);
            payload.CopyTo(body.Slice(0, payload.Length));
            head[0] = 0x7E;
            byte first = body[0];
            byte[] copy = head.ToArray();
            return whole.Length + first + copy.Length + (SpanByte.Empty.IsEmpty ? 1 : 0);
        }
    }
}"));
        }

        [TestMethod]
        public void ArrayListIsAccepted()
        {
            Snippets.AssertClean(Snippets.Gate(@"
using System.Collections;

namespace Snippets
{
    public class Device
    {
        private readonly ArrayList _pending = new ArrayList();

        public object Oldest()
        {
            _pending.Add(""x"");
            _pending[0] = ""y"";
            if (_pending.Count > 1)
            {
                _pending.RemoveAt(0);
            }

            foreach (object item in _pending)
            {
                return item;
            }

            return _pending.Count == 0 ? null : _pending[0];
        }
    }
}"));
        }

        [TestMethod]
        public void FieldLikeEventWithANonGenericDelegateIsAccepted()
        {
            using var image = Snippets.Compile(@"
using System;

namespace Snippets
{
    public delegate void LinkChanged(object sender, bool up);

    public class Device
    {
        public event LinkChanged Changed;

        public event EventHandler Closed;

        public void Raise(bool up)
        {
            LinkChanged handler = Changed;
            if (handler != null)
            {
                handler(this, up);
            }

            Closed?.Invoke(this, EventArgs.Empty);
        }
    }
}");

            // proves the generic CompareExchange<T> loop was emitted and tolerated in the accessors
            CollectionAssert.Contains(Snippets.MemberReferences(image).ToList(), "System.Threading.Interlocked::CompareExchange");
            Snippets.AssertClean(Snippets.Checker.Check(image));
        }

        [TestMethod]
        public void ArrayCopyConcatSleepAndWaitOneWithExitContextAreAccepted()
        {
            Snippets.AssertClean(Snippets.Gate(@"
using System;
using System.Threading;

namespace Snippets
{
    public class Device
    {
        private readonly AutoResetEvent _ready = new AutoResetEvent(false);

        public string Run(byte[] from, byte[] to, string name, int code)
        {
            Array.Copy(from, 1, to, 0, 2);
            Thread.Sleep(10);
            _ready.Set();
            bool signalled = _ready.WaitOne(50, false);
            return string.Concat(name, "": "") + code + (signalled ? "" ok"" : "" late"");
        }
    }
}"));
        }

        [TestMethod]
        public void MemberDeclaredOnlyOnABaseTypeIsAccepted()
        {
            using var image = Snippets.Compile(@"
namespace Snippets
{
    public class Device
    {
        public int Hash(int value, byte small)
        {
            return value.GetHashCode() ^ small.GetHashCode();
        }
    }
}");

            // .NET declares Int32.GetHashCode; nanoFramework lists only Object.GetHashCode (via ValueType)
            CollectionAssert.Contains(Snippets.MemberReferences(image).ToList(), "System.Int32::GetHashCode");
            Snippets.AssertClean(Snippets.Checker.Check(image));
        }

        [TestMethod]
        public void MemberOnAHostOnlyIntermediateBaseIsAccepted()
        {
            using var image = Snippets.Compile(@"
namespace Snippets
{
    public class Device
    {
        public void Signal(System.Threading.ManualResetEvent done)
        {
            done.Reset();
            done.Set();
        }
    }
}");

            // .NET declares Set/Reset on EventWaitHandle, which nanoFramework does not have
            CollectionAssert.Contains(Snippets.MemberReferences(image).ToList(), "System.Threading.EventWaitHandle::Set");
            Snippets.AssertClean(Snippets.Checker.Check(image));
        }

        [TestMethod]
        public void TypicalDeviceCodeIsAccepted()
        {
            Snippets.AssertClean(Snippets.Gate(@"
using System;
using System.Collections;
using System.Threading;

namespace Snippets
{
    public enum LinkState
    {
        Down,
        Up,
    }

    public ref struct Cursor
    {
        public int Position;
    }

    public interface ISink
    {
        void Put(byte[] data, int offset, int length);
    }

    public sealed class Device : IDisposable
    {
        private static readonly byte[] s_preamble = new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 };
        private readonly Thread _worker;
        private readonly ISink _sink;
        private LinkState _state;
        private bool _disposed;

        public Device(ISink sink)
        {
            _sink = sink ?? throw new ArgumentNullException(nameof(sink));
            _worker = new Thread(Loop);
        }

        public LinkState State => _state;

        public int this[int index] => s_preamble[index];

        public int Mark { get; init; }

        public int Advance(int steps)
        {
            var cursor = new Cursor();
            cursor.Position = Step(steps);
            return cursor.Position;

            int Step(int n)
            {
                return n + _sends;
            }
        }

        public long Stamp => DateTime.UtcNow.Ticks;

        public int Parse(string command)
        {
            switch (command)
            {
                case ""up"":
                    _state = LinkState.Up;
                    return 1;
                case ""down"":
                    _state = LinkState.Down;
                    return 0;
                default:
                    throw new ArgumentOutOfRangeException();
            }
        }

        public void Send(byte[] data, int length)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(Device));
            }

            try
            {
                _sink.Put(s_preamble, 0, s_preamble.Length);
                _sink.Put(data, 0, length);
            }
            catch (System.IO.IOException)
            {
                _state = LinkState.Down;
            }
            finally
            {
                Interlocked.Increment(ref _sends);
            }
        }

        private int _sends;

        public Type Kind => typeof(Device);

        public string Describe()
        {
            return ""state "" + _state.ToString() + "" sends "" + _sends.ToString() + "" "" + (_state == LinkState.Up);
        }

        public void Dispose()
        {
            _disposed = true;
        }

        private void Loop()
        {
            var queue = new ArrayList();
            while (!_disposed)
            {
                Thread.Sleep(1);
                queue.Clear();
            }
        }
    }
}"));
        }
    }
}
