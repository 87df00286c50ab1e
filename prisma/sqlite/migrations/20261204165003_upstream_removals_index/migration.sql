-- CreateIndex
CREATE INDEX "Body_goneUpstreamAt_idx" ON "Body"("goneUpstreamAt");

-- CreateIndex
CREATE INDEX "Person_goneUpstreamAt_idx" ON "Person"("goneUpstreamAt");

-- CreateIndex
CREATE INDEX "Measure_goneUpstreamAt_idx" ON "Measure"("goneUpstreamAt");

-- CreateIndex
CREATE INDEX "VoteEvent_goneUpstreamAt_idx" ON "VoteEvent"("goneUpstreamAt");

-- CreateIndex
CREATE INDEX "Meeting_goneUpstreamAt_idx" ON "Meeting"("goneUpstreamAt");
