"""PyTorch peer of bench/alexnet.ts: torchvision's AlexNet (100 classes) — the same layers as
Paddle's — trained with Adam 1e-3 and cross-entropy on random 224x224 batches of 8, then eval-mode
inference, on this machine's CPU. Run with Debian's /usr/bin/python3 (torch installed there):

    /usr/bin/python3 bench/torch_alexnet.py [batches] [threads]

threads defaults to 1, to compare with tfjs's single-threaded wasm in Node. Prints images/s of
wall and of CPU time (the machine may be shared).
"""
import json
import sys
import time

import torch
import torchvision

BATCHES = int(sys.argv[1]) if len(sys.argv) > 1 else 3
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
BS = 8
torch.set_num_threads(THREADS)
torch.manual_seed(1)
net = torchvision.models.alexnet(num_classes=100)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_fn = torch.nn.CrossEntropyLoss()
xs = [torch.rand(BS, 3, 224, 224) * 2 - 1 for _ in range(BATCHES)]
ys = [torch.randint(0, 100, (BS,)) for _ in range(BATCHES)]


def epoch():
    net.train()
    for x, y in zip(xs, ys):
        opt.zero_grad()
        loss_fn(net(x), y).backward()
        opt.step()


def infer():
    net.eval()
    with torch.no_grad():
        for x in xs:
            net(x)


def timed(fn):
    fn()  # warm-up
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


tw, tc = timed(epoch)
iw, ic = timed(infer)
n = BATCHES * BS
print(json.dumps({
    'torch': torch.__version__, 'threads': THREADS, 'batches': BATCHES, 'batchSize': BS,
    'imagesPerWallSecond': {'train': round(n / tw, 2), 'infer': round(n / iw, 2)},
    'imagesPerCpuSecond': {'train': round(n / tc, 2), 'infer': round(n / ic, 2)},
}, indent=2))
