import { Col, Row } from 'antd';
import { Children, type ReactNode } from 'react';

/**
 * Rows side by side, two to a line, for the inline forms on a page (the visitor sign-in) where
 * a modal's one column would push the buttons off the screen.
 */
export function FieldGrid({ children }: { children: ReactNode }) {
  const cells = Children.toArray(children);
  const lines: ReactNode[][] = [];
  for (let i = 0; i < cells.length; i += 2) lines.push(cells.slice(i, i + 2));
  return (
    <>
      {lines.map((line, i) => (
        <Row gutter={8} key={i}>
          {line.map((cell, j) => (
            <Col span={12} key={j}>
              {cell}
            </Col>
          ))}
        </Row>
      ))}
    </>
  );
}
